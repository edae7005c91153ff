import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendExport } from '../../../platform/exports/send.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues, type FieldError } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { assignJurors, assignmentInProcess, reviewsOfSubject, unassignJuror } from '../../review/service.ts';
import { EDITOR_PATH, editorJuryPath } from '../core/paths.ts';
import { requireCall } from '../core/require-call.ts';
import { processKey } from './process.ts';
import { filterRanking, rankingTable, reviewsTable, type ReviewRow } from './rank.ts';
import { assignForm, rankingQuery } from './schema.ts';
import { callRanking, juryOverview } from './service.ts';
import { JuryPage, RankingPage } from './views/editor.tsx';

type CallRoute = { Params: { id: string } };
type AssignmentRoute = { Params: { id: string; assignmentId: string } };

/** The editors' side of the jury: assigning jurors to applications, the ranking and its downloads. */
export function juryEditorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  app.get<CallRoute>(`${EDITOR_PATH}/:id/jury`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const texts = request.t.competitionJury.editor.notices;
    const word = knownNotice(request, texts)?.word;
    return reply.page(h(JuryPage, { ctx: request.view(), call, overview: await juryOverview(deps.db, call), notice: word ? texts[word] : undefined }));
  });

  app.post<CallRoute>(`${EDITOR_PATH}/:id/jury`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const overview = await juryOverview(deps.db, call);
    const form = parseForm(assignForm, request.body, request.t);
    const show = (errors: FieldError[], values: Record<string, string | string[]>) =>
      reply.page(h(JuryPage, { ctx: request.view(), call, overview, values, errors }), 400);
    if (!form.ok) return show(form.errors, form.values);
    const open = new Map(overview.subjects.filter((s) => s.status === 'eligible').map((s) => [s.id, s]));
    // Only applications of this call under review are offered; another id is not a person's mistake.
    if (!form.data.applicationIds.every((id) => open.has(id))) throw badRequest('application not under review in this call');
    const outcome = await assignJurors(deps.db, {
      actor: request.user!,
      processKey: processKey(call.id),
      subjectIds: form.data.applicationIds,
      jurorIds: form.data.jurorIds,
    });
    if (outcome.kind === 'refused') {
      const e = request.t.competitionJury.editor.errors;
      const name = (id: string) => overview.jurors.find((j) => j.id === id)?.displayName ?? id;
      const messages = [
        ...outcome.conflicts.map((c) => e.conflict(name(c.jurorId), open.get(c.subjectId)?.reference ?? '')),
        ...outcome.notJurors.map((id) => e.notJuror(name(id))),
      ];
      // one entry in the summary, which leads to the jurors' field; nothing was assigned
      return show([{ field: 'jurorIds', message: messages.join(' ') }], toValues(request.body as Record<string, unknown>));
    }
    return redirectWithNotice(reply, editorJuryPath(call.id), { word: 'assigned' });
  });

  app.post<AssignmentRoute>(`${EDITOR_PATH}/:id/jury/:assignmentId/entfernen`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const assignment = await assignmentInProcess(deps.db, processKey(call.id), request.params.assignmentId);
    if (!assignment) throw notFound();
    const outcome = await unassignJuror(deps.db, { actor: request.user!, assignmentId: assignment.id, processKey: processKey(call.id) });
    if (outcome === 'notFound') throw notFound();
    if (outcome !== 'unassigned') {
      const e = request.t.competitionJury.editor.errors;
      const errors = [{ field: 'form', message: outcome === 'reviewSubmitted' ? e.reviewSubmitted : e.conflictDeclared }];
      return reply.page(h(JuryPage, { ctx: request.view(), call, overview: await juryOverview(deps.db, call), errors }), 409);
    }
    return redirectWithNotice(reply, editorJuryPath(call.id), { word: 'unassigned' });
  });

  app.get<CallRoute>(`${EDITOR_PATH}/:id/rangliste`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const { zeigen } = rankingQuery.parse(request.query ?? {});
    const ranked = await callRanking(deps.db, call);
    return reply.page(h(RankingPage, { ctx: request.view(), call, ranked: { ...ranked, ranking: filterRanking(ranked.ranking, zeigen) }, filter: zeigen }));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<CallRoute>(`${EDITOR_PATH}/:id/rangliste.${format}`, guard, async (request, reply) => {
      const call = await requireCall(deps.db, request.params.id);
      return sendExport(reply, rankingTable(await callRanking(deps.db, call), request.t), format, `rangliste-${call.slug}`);
    });
  }

  app.get<CallRoute>(`${EDITOR_PATH}/:id/rangliste/bewertungen.csv`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const ranked = await callRanking(deps.db, call);
    const words = request.t.review;
    const rows: ReviewRow[] = [];
    for (const subject of ranked.subjects) {
      for (const review of await reviewsOfSubject(deps.db, subject.id)) {
        if (review.reviewStatus !== 'submitted') continue;
        rows.push({
          subject,
          jurorName: review.jurorName ?? words.deletedAccount,
          status: words.reviewStates.submitted,
          recommendation: review.recommendation ? words.recommendations[review.recommendation] : '',
          scores: review.scores,
        });
      }
    }
    return sendExport(reply, reviewsTable(rows, ranked.criteria, request.t), 'csv', `bewertungen-${call.slug}`);
  });
}
