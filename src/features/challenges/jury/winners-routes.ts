import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { EDITOR_PATH, editorChallengePath } from '../core/paths.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { requireEditorChallenge } from '../core/require-challenge.ts';
import { challengePhase } from '../core/rules.ts';
import { publishDecision } from './publish-decision.ts';
import { saveWinners } from './save-winners.ts';
import { publishForm, winnersForm } from './schema.ts';
import { challengeRanking } from './service.ts';
import { WinnersPage, winnerValues } from './views/editor-winners.tsx';

type ChallengeRoute = { Params: { id: string } };

const P = `${EDITOR_PATH}/:id`;

/** The editors choose the winners from the ranking and publish the decision. */
export function winnersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  async function page(
    request: FastifyRequest,
    challenge: ChallengeRow,
    extra: { values?: FormValues; errors?: FieldError[]; notice?: string | undefined; saveSubmissionId?: string | undefined } = {},
  ) {
    const ranked = await challengeRanking(deps.db, challenge);
    return h(WinnersPage, {
      ctx: request.view(),
      challenge,
      phase: challengePhase(challenge, new Date()),
      ranked,
      values: extra.values ?? winnerValues(ranked),
      errors: extra.errors,
      notice: extra.notice,
      saveSubmissionId: extra.saveSubmissionId ?? newSubmissionId(),
      publishSubmissionId: newSubmissionId(),
    });
  }

  app.get<ChallengeRoute>(`${P}/gewinner`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const texts = request.t.challengesJury.winners.notices;
    const word = knownNotice(request, texts)?.word;
    return reply.page(await page(request, challenge, { notice: word ? texts[word] : undefined }));
  });

  app.post<ChallengeRoute>(`${P}/gewinner`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const ranked = await challengeRanking(deps.db, challenge);
    // a field of a submission that is not offered here (another challenge's, a draft) answers 400
    const form = parseForm(winnersForm(ranked.subjects.map((s) => s.id)), request.body, request.t);
    if (!form.ok) return reply.page(await page(request, challenge, { values: form.values, errors: form.errors, saveSubmissionId: form.submissionId }), 400);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const saved = await saveWinners(tx, { actor: request.user!, challengeId: challenge.id, winners: form.data, now: new Date() });
      return saved.kind === 'saved' ? editorChallengePath(challenge.id, 'gewinner') : { refused: saved };
    });
    if ('refused' in outcome) {
      if (outcome.refused.kind === 'unknownSubmission') throw badRequest('no submitted submission of this challenge');
      const message = request.t.challengesJury.winners.errors.closed;
      return reply.page(
        await page(request, challenge, { values: toValues(request.body as Record<string, unknown>), errors: [{ field: 'form', message }] }),
        409,
      );
    }
    return redirectWithNotice(reply, outcome.location, { word: 'saved' });
  });

  app.post<ChallengeRoute>(`${P}/gewinner/veroeffentlichen`, guard, async (request, reply) => {
    const challenge = await requireEditorChallenge(deps.db, request.params.id);
    const form = parseForm(publishForm, request.body, request.t);
    if (!form.ok) throw badRequest('unexpected fields');
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const published = await publishDecision(tx, { actor: request.user!, challengeId: challenge.id, site, now: new Date() });
      return published.kind === 'published' ? editorChallengePath(challenge.id, 'gewinner') : { refused: published };
    });
    if ('refused' in outcome) {
      const e = request.t.challengesJury.winners.errors;
      const message = outcome.refused.kind === 'noWinner' ? e.noWinner : e.closed;
      // read again: another editor may have published meanwhile
      const fresh = await requireEditorChallenge(deps.db, challenge.id);
      return reply.page(await page(request, fresh, { errors: [{ field: 'form', message }] }), 409);
    }
    return redirectWithNotice(reply, outcome.location, { word: 'published' });
  });
}
