import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { formatClock } from '../../../platform/i18n/dates.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { shiftProgramme } from '../core/programme.ts';
import { requireDate, requireEvent } from '../core/require-event.ts';
import { dateProgrammeTimesForm, programmeShiftQuery } from '../core/schema.ts';
import { getDateProgramme } from './editor-service.ts';
import { setDateProgrammeTimes } from './set-date-programme-times.ts';
import { DateProgrammePage, dateTimesValues } from './views/date-programme.tsx';
import { redirectToEditor } from './notices.ts';
import { sectionPath } from './views/shared.tsx';

type DateRoute = { Params: { id: string; dateId: string }; Querystring: Record<string, unknown> };

/**
 * One date's programme times: the page shows the items at their times there; "move" (a GET
 * form) fills in every time moved by some minutes, and saving stores the times as this
 * date's own. A cancelled date has no programme to change.
 */
export function editorDateProgrammeRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  const at = `${EDITOR_PATH}/:id/termine/:dateId/programm`;
  const guard = { preHandler: canEdit };

  app.get<DateRoute>(at, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    if (date.cancelledAt) return reply.redirect(sectionPath(event.id, 'programme'), 303);
    const { dates, programme } = await getDateProgramme(deps.db, event.id, date.id);
    const props = { ctx: request.view(), event, date, dates, programme };
    if (request.query.verschieben === undefined) return reply.page(h(DateProgrammePage, { ...props, values: dateTimesValues(programme) }));

    const shift = parseForm(programmeShiftQuery, request.query, request.t);
    const typed = typeof request.query.verschieben === 'string' ? request.query.verschieben : '';
    if (!shift.ok) return reply.page(h(DateProgrammePage, { ...props, values: dateTimesValues(programme), shift: typed, errors: shift.errors }), 400);
    const shifted = shiftProgramme(programme, date, shift.data.verschieben);
    if (shifted.kind === 'outsideDate') {
      const clock = (d: Date) => formatClock(request.locale, d);
      const message = request.t.events.editor.programme.shiftOutside(
        shifted.first.item.title,
        clock(shifted.first.at),
        clock(shifted.window.from),
        clock(shifted.window.to),
      );
      return reply.page(h(DateProgrammePage, { ...props, values: dateTimesValues(programme), shift: typed, errors: [{ field: 'verschieben', message }] }), 400);
    }
    return reply.page(h(DateProgrammePage, { ...props, values: dateTimesValues(shifted.programme), shift: typed, preview: shift.data.verschieben }));
  });

  app.post<DateRoute>(at, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    const form = parseForm(dateProgrammeTimesForm, request.body, request.t);
    const render = async (values: FormValues, errors: FieldError[], status: number) => {
      const { dates, programme } = await getDateProgramme(deps.db, event.id, date.id);
      return reply.page(h(DateProgrammePage, { ctx: request.view(), event, date, dates, programme, values, errors }), status);
    };
    if (!form.ok) return render(form.values, form.errors, 400);

    const outcome = await setDateProgrammeTimes(deps, { eventId: event.id, dateId: date.id, times: form.data, actor: request.user! });
    const m = request.t.events.editor.programme;
    const clock = (d: Date) => formatClock(request.locale, d);
    switch (outcome.kind) {
      case 'saved':
        return redirectToEditor(reply, sectionPath(event.id, 'programme'), 'programmeTimesSaved');
      case 'notFound':
        throw notFound();
      case 'unknownItem':
        // Only items of this date are in the form; another id is a forged form.
        throw badRequest('item not in this date’s programme');
      case 'dateCancelled':
        return render(request.body as FormValues, [{ field: 'form', message: request.t.events.editor.date.cancelledNoEdit }], 409);
      case 'outsideDate': {
        const { from, to } = outcome.window;
        const errors = outcome.items.map((item) => ({
          field: `time.${form.data.findIndex((t) => t.itemId === item.itemId)}`,
          message: m.timeOutside(clock(item.at), clock(from), clock(to)),
        }));
        return render(request.body as FormValues, errors, 400);
      }
    }
  });
}
