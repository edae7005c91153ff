import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { type FieldError, type FormValues, newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { EDITOR_PATH, editorChallengePath } from '../core/paths.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { requireEditorChallenge } from '../core/require-challenge.ts';
import { challengeAdminCrumbs } from '../core/views/challenge-editor-layout.tsx';
import { approveChallenge } from './approve-challenge.ts';
import { getChallengeOverview, getEditorList } from './authoring-service.ts';
import { answerRefusal } from './refusals.ts';
import { returnChallenge } from './return-challenge.ts';
import { buttonForm, returnForm } from './schema.ts';
import { EditorListPage } from './views/editor-list.tsx';
import { EditorOverviewPage } from './views/editor-overview.tsx';
import { authoringNotice, redirectWithAuthoringNotice } from './notices.ts';

type IdRoute = { Params: { id: string } };

const CHALLENGE = `${EDITOR_PATH}/:id`;

/** The editors' approval (content:edit): every challenge, one challenge's whole text, publish or return it. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  async function overviewPage(
    request: FastifyRequest,
    reply: FastifyReply,
    challenge: ChallengeRow,
    failed?: { values: FormValues; errors: FieldError[]; submissionId: string | undefined },
  ) {
    const page = h(EditorOverviewPage, {
      ctx: request.view(),
      overview: await getChallengeOverview(deps.db, challenge),
      approveSubmissionId: newSubmissionId(),
      returnSubmissionId: failed?.submissionId ?? newSubmissionId(),
      notice: failed ? undefined : authoringNotice(request),
      values: failed?.values,
      errors: failed?.errors,
    });
    return reply.page(page, failed ? 400 : 200);
  }

  const backTo = (request: FastifyRequest, challenge: ChallengeRow) => [
    ...challengeAdminCrumbs(request.view()),
    { href: editorChallengePath(challenge.id), label: challenge.title },
  ];

  app.get(EDITOR_PATH, guard, async (request, reply) => {
    return reply.page(h(EditorListPage, { ctx: request.view(), challenges: await getEditorList(deps.db) }));
  });

  app.get<IdRoute>(CHALLENGE, guard, async (request, reply) => {
    return overviewPage(request, reply, await requireEditorChallenge(deps.db, request.params.id));
  });

  app.post<IdRoute>(`${CHALLENGE}/freigeben`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const form = parseForm(buttonForm, request.body, request.t);
    // The form is only a button: anything else in it is not a person's mistake.
    if (!form.ok) throw badRequest('button form');
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const approved = await approveChallenge(tx, { actor: request.user!, challengeId: challenge.id, site });
      return approved === 'published' ? editorChallengePath(challenge.id) : { refused: approved };
    });
    if ('refused' in outcome) return answerRefusal(request, reply, outcome.refused, backTo(request, challenge));
    return redirectWithAuthoringNotice(reply, outcome.location, 'approved');
  });

  app.post<IdRoute>(`${CHALLENGE}/zurueckgeben`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const form = parseForm(returnForm, request.body, request.t);
    if (!form.ok) return overviewPage(request, reply, challenge, { values: form.values, errors: form.errors, submissionId: form.submissionId });
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const returned = await returnChallenge(tx, { actor: request.user!, challengeId: challenge.id, note: form.data.note, site });
      return returned === 'returned' ? editorChallengePath(challenge.id) : { refused: returned };
    });
    if ('refused' in outcome) return answerRefusal(request, reply, outcome.refused, backTo(request, challenge));
    return redirectWithAuthoringNotice(reply, outcome.location, 'returned');
  });
}
