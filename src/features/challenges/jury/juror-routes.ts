import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import {
  assignmentForJuror,
  conflictForm,
  declareConflict,
  reviewForm,
  reviewFormErrors,
  reviewFormValues,
  reviewsForJuror,
  saveReview,
  subjectVisibleTo,
  type ReviewView,
} from '../../review/service.ts';
import { JURY_PATH, juryAssignmentPath } from '../core/paths.ts';
import { processKey, reviewCriteria } from '../core/process.ts';
import { findChallengeById, findSubmissionById } from '../core/repository.ts';
import { othersVisible, reviewOpen } from '../core/rules.ts';
import { findAttachment } from './repository.ts';
import { jurorTasks, submissionDossier } from './service.ts';
import { AssignmentPage, JurorListPage } from './views/juror.tsx';

type AssignmentRoute = { Params: { id: string } };
type AttachmentRoute = { Params: { id: string; fileId: string } };

/**
 * The jurors' side: their assignments, the declaration of a conflict of interest and the
 * review. Every page is found only through the signed-in juror's own assignment in a challenge
 * (an assignment of another feature's process is not found here); anyone else, editors
 * included, gets 404 (editors read the reviews on their own pages).
 */
export function juryJurorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function requireAssignment(request: FastifyRequest, id: string) {
    const review = await assignmentForJuror(deps.db, id, request.user!.id);
    const submission = review ? await findSubmissionById(deps.db, review.subjectId) : undefined;
    const challenge = submission ? await findChallengeById(deps.db, submission.challengeId) : undefined;
    if (!review || !submission || !challenge || review.processKey !== processKey(challenge.id) || submission.status !== 'submitted') throw notFound();
    return { review, submission, challenge };
  }

  async function page(
    request: FastifyRequest,
    id: string,
    extra: { values?: FormValues; errors?: FieldError[]; notice?: string | undefined; problem?: string | undefined } = {},
  ) {
    const { review, submission, challenge } = await requireAssignment(request, id);
    const [dossier, criteria, visible] = await Promise.all([
      submissionDossier(deps.db, submission),
      reviewCriteria(deps.db, challenge.id),
      reviewsForJuror(deps.db, { jurorId: request.user!.id, subjectId: submission.id, othersVisible: othersVisible(challenge) }),
    ]);
    const own: ReviewView = visible?.own ?? review;
    return h(AssignmentPage, {
      ctx: request.view(),
      challenge,
      dossier,
      review: own,
      criteria,
      open: reviewOpen(challenge, new Date()),
      others: visible?.others ?? [],
      values: extra.values ?? reviewFormValues(own),
      errors: extra.errors,
      notice: extra.notice,
      problem: extra.problem,
    });
  }

  const noticeOf = (request: FastifyRequest) => {
    const texts = request.t.challengesJury.juror.notices;
    const word = knownNotice(request, texts)?.word;
    return word ? texts[word] : undefined;
  };

  app.get(JURY_PATH, guard, async (request, reply) => {
    return reply.page(h(JurorListPage, { ctx: request.view(), challenges: await jurorTasks(deps.db, request.user!.id), notice: noticeOf(request) }));
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
    const { review, challenge } = await requireAssignment(request, request.params.id);
    const criteria = await reviewCriteria(deps.db, challenge.id);
    const form = parseForm(reviewForm(criteria), request.body, request.t);
    if (!form.ok) return reply.page(await page(request, review.id, { values: form.values, errors: form.errors }), 400);
    const outcome = await saveReview(deps.db, {
      juror: request.user!,
      assignmentId: review.id,
      criteria,
      input: form.data.input,
      submit: form.data.submit,
      open: reviewOpen(challenge, new Date()),
    });
    const errors = reviewFormErrors(outcome, request.t);
    if (errors) return reply.page(await page(request, review.id, { values: toValues(request.body as Record<string, unknown>), errors }), 400);
    switch (outcome.kind) {
      case 'saved':
        return redirectWithNotice(reply, juryAssignmentPath(review.id), { word: outcome.status === 'submitted' ? 'submitted' : 'saved' });
      case 'notFound':
        throw notFound();
      case 'closed':
        return reply.page(await page(request, review.id, { problem: request.t.challengesJury.juror.reviewClosed }), 409);
      default:
        // not declared, a conflict, or submitted already: the page says where it stands
        return reply.redirect(juryAssignmentPath(review.id), 303);
    }
  });

  app.get<AttachmentRoute>(`${JURY_PATH}/:id/anhaenge/:fileId`, guard, async (request, reply) => {
    const { review, submission } = await requireAssignment(request, request.params.id);
    // the files are the submission's: only after declaring that there is no conflict
    if (!subjectVisibleTo(review, request.user!.id)) throw notFound();
    const attachment = isUuid(request.params.fileId) ? await findAttachment(deps.db, submission.id, request.params.fileId) : undefined;
    if (!attachment) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, attachment.fileId)) ?? reply.callNotFound();
  });
}
