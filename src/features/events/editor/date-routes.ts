import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { cancelDate } from './cancel-date.ts';
import { addDate, updateDate, type UpdateDateOutcome } from './edit-dates.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { countLiveRegistrations, listDatesOfEvent } from '../core/event-lookups.ts';
import { EDITOR_PATH, editorEventPath } from '../core/paths.ts';
import { requireDate, requireEvent } from '../core/require-event.ts';
import { cancelDateForm, dateForm } from '../core/schema.ts';
import { CancelDatePage, dateValues, DateFormPage, newDateValues } from './views/date-form.tsx';
import { redirectToEditor } from './notices.ts';

type EventRoute = { Params: { id: string } };
type DateRoute = { Params: { id: string; dateId: string } };

function ruleError(t: Messages, refusal: Extract<UpdateDateOutcome, { kind: 'refused' }>): FieldError {
  const m = t.events.editor.date;
  if (refusal.reason === 'seatsBelowTaken') return { field: 'seats', message: m.seatsBelowTaken(refusal.taken) };
  return { field: 'form', message: m.cancelledNoEdit };
}

/** Adding, changing and cancelling the dates of an event. */
export function editorDateRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  const base = `${EDITOR_PATH}/:id/termine`;

  app.get<EventRoute>(`${base}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const latest = (await listDatesOfEvent(deps.db, event.id)).at(-1);
    return reply.page(h(DateFormPage, { ctx: request.view(), event, submissionId: newSubmissionId(), values: newDateValues(latest) }));
  });

  app.post<EventRoute>(`${base}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(dateForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(DateFormPage, { ctx: request.view(), event, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      if ((await addDate(tx, { actor: request.user!, eventId: event.id, input: form.data })).kind === 'notFound') throw notFound();
      return editorEventPath(event.id);
    });
    return redirectToEditor(reply, location, 'dateAdded');
  });

  app.get<DateRoute>(`${base}/:dateId/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    // A cancelled date stays as it was; the overview offers no change for it.
    if (date.cancelledAt) return reply.redirect(editorEventPath(event.id), 303);
    const registered = await countLiveRegistrations(deps.db, date.id);
    return reply.page(h(DateFormPage, { ctx: request.view(), event, date, registered, values: dateValues(date) }));
  });

  app.post<DateRoute>(`${base}/:dateId/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    const form = parseForm(dateForm, request.body, request.t);
    const render = async (errors: FieldError[], status: number) => {
      const registered = await countLiveRegistrations(deps.db, date.id);
      const values = form.ok ? (request.body as FormValues) : form.values;
      return reply.page(h(DateFormPage, { ctx: request.view(), event, date, registered, values, errors }), status);
    };
    if (!form.ok) return render(form.errors, 400);
    const outcome = await updateDate(deps, { actor: request.user!, eventId: event.id, dateId: date.id, input: form.data, baseUrl: deps.config.baseUrl });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'refused') return render([ruleError(request.t, outcome)], outcome.reason === 'seatsBelowTaken' ? 400 : 409);
    return redirectToEditor(reply, editorEventPath(event.id), outcome.notified > 0 ? 'dateMovedNotified' : 'dateSaved');
  });

  app.get<DateRoute>(`${base}/:dateId/absagen`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    if (date.cancelledAt) return reply.redirect(editorEventPath(event.id), 303);
    const recipients = await countLiveRegistrations(deps.db, date.id);
    return reply.page(h(CancelDatePage, { ctx: request.view(), event, date, recipients }));
  });

  app.post<DateRoute>(`${base}/:dateId/absagen`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const date = await requireDate(deps.db, event, request.params.dateId);
    const form = parseForm(cancelDateForm, request.body, request.t);
    if (!form.ok) {
      const recipients = await countLiveRegistrations(deps.db, date.id);
      return reply.page(h(CancelDatePage, { ctx: request.view(), event, date, recipients, values: form.values, errors: form.errors }), 400);
    }
    const outcome = await cancelDate(deps, {
      eventId: event.id,
      dateId: date.id,
      reason: form.data.reason,
      actor: request.user!,
      baseUrl: deps.config.baseUrl,
    });
    if (outcome.kind === 'notFound') throw notFound();
    return redirectToEditor(reply, editorEventPath(event.id), 'dateCancelled');
  });
}
