import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { recordAudit } from '../../../platform/audit/record.ts';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendExport } from '../../../platform/exports/send.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { EDITOR_PATH, editorModulePath } from '../core/paths.ts';
import { requireEditorSeries, requireModule } from '../core/require-series.ts';
import { participantsTable } from './export-participants.ts';
import { attendanceForm } from './schema.ts';
import { getCheckInList, getFeedbackSummary, getModuleNumber, getParticipantsOverview, isParticipantOfModule } from './service.ts';
import { setAttendance } from './set-attendance.ts';
import { AttendancePage } from './views/attendance.tsx';
import { FeedbackPage } from './views/feedback.tsx';
import { ParticipantsPage } from './views/participants.tsx';

type SeriesParams = { Params: { id: string } };
type ModuleParams = { Params: { id: string; moduleId: string } };
type PersonParams = { Params: { id: string; moduleId: string; userId: string } };

/** The words the attendance page says once after a button, by the notice's word. */
const ATTENDANCE_NOTICES = { checkedIn: true, undone: true } as const;

/**
 * The editors' operations of a series: its participants with their progress and exports,
 * the check-in of each module, and the feedback on its pilot modules.
 */
export function operationsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  app.get<SeriesParams>(`${EDITOR_PATH}/:id/teilnehmende`, editors, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const overview = await getParticipantsOverview(deps.db, series);
    return reply.page(h(ParticipantsPage, { ctx: request.view(), series, overview }));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<SeriesParams>(`${EDITOR_PATH}/:id/teilnehmende.${format}`, editors, async (request, reply) => {
      const series = await requireEditorSeries(deps.db, request.params.id);
      const table = participantsTable(await getParticipantsOverview(deps.db, series), request.t, request.locale);
      // The list carries personal data: who took it, and when, belongs in the audit log.
      await recordAudit(deps.db, request.user, 'seminars.participants.export', { type: 'seminar_series', id: series.id }, undefined, {
        format,
        rows: table.rows.length,
      });
      return sendExport(reply, table, format, request.t.seminarsOperations.export.fileName(series.slug));
    });
  }

  app.get<ModuleParams>(`${EDITOR_PATH}/:id/module/:moduleId/anwesenheit`, editors, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const module = await requireModule(deps.db, series, request.params.moduleId);
    const participants = await getCheckInList(deps.db, series, module);
    const m = request.t.seminarsOperations.attendance;
    const notice = knownNotice(request, ATTENDANCE_NOTICES);
    // the notice names someone of this list only; any other id says nothing
    const person = notice ? participants.find((p) => p.registration.userId === notice.detail) : undefined;
    const number = await getModuleNumber(deps.db, series, module);
    return reply.page(
      h(AttendancePage, {
        ctx: request.view(),
        series,
        module,
        number,
        participants,
        notice: person && notice ? m[notice.word](person.displayName) : undefined,
      }),
    );
  });

  app.post<PersonParams>(`${EDITOR_PATH}/:id/module/:moduleId/anwesenheit/:userId`, editors, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const module = await requireModule(deps.db, series, request.params.moduleId);
    const { userId } = request.params;
    // nobody outside the module's participants can be checked in, whatever id is sent
    if (!(await isParticipantOfModule(deps.db, series, module, userId))) throw notFound();
    const form = parseForm(attendanceForm, request.body, request.t);
    // only the page's two buttons send this form; anything else was not made by a person
    if (!form.ok) throw badRequest('attendance state missing');
    const present = form.data.anwesend === 'ja';
    const outcome = await setAttendance(deps, { actor: request.user!, series, module, userId, present, now: new Date() });
    if (outcome.kind === 'notParticipant') throw notFound();
    return redirectWithNotice(reply, `${editorModulePath(series.id, module.id, 'anwesenheit')}#p-${userId}`, {
      word: present ? 'checkedIn' : 'undone',
      detail: userId,
    });
  });

  app.get<ModuleParams>(`${EDITOR_PATH}/:id/module/:moduleId/rueckmeldungen`, editors, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const module = await requireModule(deps.db, series, request.params.moduleId);
    if (!module.isPilot) throw notFound();
    const number = await getModuleNumber(deps.db, series, module);
    return reply.page(h(FeedbackPage, { ctx: request.view(), series, module, number, feedback: await getFeedbackSummary(deps.db, module) }));
  });
}
