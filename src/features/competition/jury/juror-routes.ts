import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import {
  assignmentForJuror,
  conflictForm,
  declareConflict,
  jurorAssignments,
  reviewForm,
  reviewFormErrors,
  reviewFormValues,
  reviewsForJuror,
  saveReview,
  type ReviewView,
} from '../../review/service.ts';
import { findApplication } from '../applications/repository.ts';
import { loadDossier } from '../applications/service.ts';
import { JURY_PATH, juryAssignmentPath } from '../core/paths.ts';
import { listCallsForEditors } from '../core/repository.ts';
import { othersVisible, processKey, reviewCriteria, reviewOpen } from './process.ts';
import { AssignmentPage, JurorListPage } from './views/juror.tsx';

type AssignmentRoute = { Params: { id: string } };

function noticeOf(request: FastifyRequest): string | undefined {
  const texts = request.t.competitionJury.juror.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}

/**
 * The jurors' side: their assignments, the declaration of a conflict of interest and the
 * review. Every page is found only through the signed-in juror's own assignment; anyone else,
 * editors included, gets 404 here (editors read reviews on their own pages).
 */
export function jurorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function requireAssignment(request: FastifyRequest, id: string) {
    const review = await assignmentForJuror(deps.db, id, request.user!.id);
    const application = review ? await findApplication(deps.db, review.subjectId) : undefined;
    if (!review || !application || review.processKey !== processKey(application.callId)) throw notFound();
    const dossier = await loadDossier(deps.db, application);
    return { review, dossier, criteria: await reviewCriteria(deps.db, application.callId) };
  }

  async function page(request: FastifyRequest, id: string, extra: { values?: FormValues; errors?: FieldError[]; notice?: string | undefined } = {}) {
    const { review, dossier, criteria } = await requireAssignment(request, id);
    const visible = await reviewsForJuror(deps.db, {
      jurorId: request.user!.id,
      subjectId: review.subjectId,
      othersVisible: othersVisible(dossier.call),
    });
    const own: ReviewView = visible?.own ?? review;
    return h(AssignmentPage, {
      ctx: request.view(),
      dossier,
      review: own,
      criteria,
      open: reviewOpen(dossier.application.status),
      others: visible?.others ?? [],
      values: extra.values ?? reviewFormValues(own),
      errors: extra.errors,
      notice: extra.notice,
    });
  }

  app.get(JURY_PATH, guard, async (request, reply) => {
    const calls = [];
    for (const call of await listCallsForEditors(deps.db)) {
      const assignments = await jurorAssignments(deps.db, request.user!.id, processKey(call.id));
      if (assignments.length === 0) continue;
      const rows = [];
      for (const a of assignments) {
        const application = await findApplication(deps.db, a.subjectId);
        if (application) rows.push({ ...a, reference: application.reference ?? '', title: application.title });
      }
      calls.push({ call, assignments: rows });
    }
    return reply.page(h(JurorListPage, { ctx: request.view(), calls, notice: noticeOf(request) }));
  });

  app.get<AssignmentRoute>(`${JURY_PATH}/:id`, guard, async (request, reply) => {
    return reply.page(await page(request, request.params.id, { notice: noticeOf(request) }));
  });

  app.post<AssignmentRoute>(`${JURY_PATH}/:id/konflikt`, guard, async (request, reply) => {
    const { review } = await requireAssignment(request, request.params.id);
    const form = parseForm(conflictForm, request.body, request.t);
    if (!form.ok) return reply.page(await page(request, review.id, { values: form.values, errors: form.errors }), 400);
    const outcome = await declareConflict(deps.db, { juror: request.user!, assignmentId: review.id, conflict: form.data.conflict, note: form.data.note });
    if (outcome.kind === 'notFound') throw notFound();
    // declared before (a second click): the page shows the declaration that counts
    if (outcome.kind === 'alreadyDeclared') return reply.redirect(juryAssignmentPath(review.id), 303);
    return redirectWithNotice(reply, juryAssignmentPath(review.id), { word: 'declared' });
  });

  app.post<AssignmentRoute>(`${JURY_PATH}/:id`, guard, async (request, reply) => {
    const { review, dossier, criteria } = await requireAssignment(request, request.params.id);
    const form = parseForm(reviewForm(criteria), request.body, request.t);
    if (!form.ok) return reply.page(await page(request, review.id, { values: form.values, errors: form.errors }), 400);
    const outcome = await saveReview(deps.db, {
      juror: request.user!,
      assignmentId: review.id,
      criteria,
      input: form.data.input,
      submit: form.data.submit,
      open: reviewOpen(dossier.application.status),
    });
    const errors = reviewFormErrors(outcome, request.t);
    if (errors) return reply.page(await page(request, review.id, { values: toValues(request.body as Record<string, unknown>), errors }), 400);
    switch (outcome.kind) {
      case 'saved':
        return redirectWithNotice(reply, juryAssignmentPath(review.id), { word: outcome.status === 'submitted' ? 'submitted' : 'saved' });
      case 'notFound':
        throw notFound();
      default:
        // closed, not declared, a conflict, or submitted already: the page says where it stands
        return reply.redirect(juryAssignmentPath(review.id), 303);
    }
  });
}
