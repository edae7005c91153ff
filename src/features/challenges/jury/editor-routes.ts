import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { assignJurors, assignmentInProcess, reviewsOfSubject, unassignJuror } from '../../review/service.ts';
import { EDITOR_PATH, editorChallengePath } from '../core/paths.ts';
import { processKey, reviewCriteria } from '../core/process.ts';
import { findSubmissionOfChallenge, type ChallengeRow } from '../core/repository.ts';
import { requireEditorChallenge } from '../core/require-challenge.ts';
import { challengePhase } from '../core/rules.ts';
import { findAttachment } from './repository.ts';
import { assignForm } from './schema.ts';
import { challengeRanking, juryOverview, submissionDossier } from './service.ts';
import { JuryPage } from './views/editor-jury.tsx';
import { RankingPage, SubmissionReviewsPage } from './views/editor-ranking.tsx';

type ChallengeRoute = { Params: { id: string } };
type AssignmentRoute = { Params: { id: string; assignmentId: string } };
type SubmissionRoute = { Params: { id: string; submissionId: string } };
type AttachmentRoute = { Params: { id: string; submissionId: string; fileId: string } };

const P = `${EDITOR_PATH}/:id`;

/** The editors' side of the jury: assigning jurors to the submitted submissions, the ranking, each submission with its reviews. */
export function juryEditorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  async function juryPage(
    request: FastifyRequest,
    challenge: ChallengeRow,
    extra: { values?: FormValues; errors?: FieldError[]; notice?: string | undefined } = {},
  ) {
    return h(JuryPage, {
      ctx: request.view(),
      challenge,
      phase: challengePhase(challenge, new Date()),
      overview: await juryOverview(deps.db, challenge),
      ...extra,
    });
  }

  /** A submitted submission of this challenge; 404 for a draft, a withdrawn one or one of another challenge. */
  async function requireSubject(challenge: ChallengeRow, submissionId: string) {
    const submission = isUuid(submissionId) ? await findSubmissionOfChallenge(deps.db, challenge.id, submissionId) : undefined;
    if (submission?.status !== 'submitted') throw notFound();
    return submission;
  }

  app.get<ChallengeRoute>(`${P}/jury`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const texts = request.t.challengesJury.editor.notices;
    const word = knownNotice(request, texts)?.word;
    return reply.page(await juryPage(request, challenge, { notice: word ? texts[word] : undefined }));
  });

  app.post<ChallengeRoute>(`${P}/jury`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const form = parseForm(assignForm, request.body, request.t);
    if (!form.ok) return reply.page(await juryPage(request, challenge, { values: form.values, errors: form.errors }), 400);
    const e = request.t.challengesJury.editor.errors;
    const values = toValues(request.body as Record<string, unknown>);
    if (challengePhase(challenge, new Date()) !== 'jury') {
      return reply.page(await juryPage(request, challenge, { values, errors: [{ field: 'form', message: e.closed }] }), 409);
    }
    const overview = await juryOverview(deps.db, challenge);
    // Only this challenge's submitted submissions are offered; another id is not a person's mistake.
    if (!form.data.submissionIds.every((id) => overview.subjects.some((s) => s.id === id))) throw badRequest('no submitted submission of this challenge');
    const outcome = await assignJurors(deps.db, {
      actor: request.user!,
      processKey: processKey(challenge.id),
      subjectIds: form.data.submissionIds,
      jurorIds: form.data.jurorIds,
    });
    if (outcome.kind === 'refused') {
      const name = (id: string) => overview.jurors.find((j) => j.id === id)?.displayName ?? id;
      const title = (id: string) => overview.subjects.find((s) => s.id === id)?.title ?? id;
      const message = [
        ...outcome.conflicts.map((c) => e.conflict(name(c.jurorId), title(c.subjectId))),
        ...outcome.notJurors.map((id) => e.notJuror(name(id))),
      ].join(' ');
      return reply.page(await juryPage(request, challenge, { values, errors: [{ field: 'jurorIds', message }] }), 400);
    }
    return redirectWithNotice(reply, editorChallengePath(challenge.id, 'jury'), { word: 'assigned' });
  });

  app.post<AssignmentRoute>(`${P}/jury/:assignmentId/entfernen`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const key = processKey(challenge.id);
    const assignment = await assignmentInProcess(deps.db, key, request.params.assignmentId);
    if (!assignment) throw notFound();
    const e = request.t.challengesJury.editor.errors;
    if (challengePhase(challenge, new Date()) !== 'jury') {
      return reply.page(await juryPage(request, challenge, { errors: [{ field: 'form', message: e.closed }] }), 409);
    }
    const outcome = await unassignJuror(deps.db, { actor: request.user!, assignmentId: assignment.id, processKey: key });
    if (outcome === 'notFound') throw notFound();
    if (outcome !== 'unassigned') {
      const message = outcome === 'reviewSubmitted' ? e.reviewSubmitted : e.conflictDeclared;
      return reply.page(await juryPage(request, challenge, { errors: [{ field: 'form', message }] }), 409);
    }
    return redirectWithNotice(reply, editorChallengePath(challenge.id, 'jury'), { word: 'unassigned' });
  });

  app.get<ChallengeRoute>(`${P}/rangliste`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    return reply.page(h(RankingPage, { ctx: request.view(), challenge, ranked: await challengeRanking(deps.db, challenge) }));
  });

  app.get<SubmissionRoute>(`${P}/rangliste/:submissionId`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const submission = await requireSubject(challenge, request.params.submissionId);
    const [dossier, criteria, reviews] = await Promise.all([
      submissionDossier(deps.db, submission),
      reviewCriteria(deps.db, challenge.id),
      reviewsOfSubject(deps.db, submission.id),
    ]);
    return reply.page(
      h(SubmissionReviewsPage, {
        ctx: request.view(),
        challenge,
        dossier,
        criteria,
        reviews: reviews.filter((r) => r.processKey === processKey(challenge.id)),
      }),
    );
  });

  app.get<AttachmentRoute>(`${P}/rangliste/:submissionId/anhaenge/:fileId`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const submission = await requireSubject(challenge, request.params.submissionId);
    const attachment = isUuid(request.params.fileId) ? await findAttachment(deps.db, submission.id, request.params.fileId) : undefined;
    if (!attachment) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, attachment.fileId)) ?? reply.callNotFound();
  });
}
