import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { enforceLimits, type Limit } from '../../../platform/http/rate-limit.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { answerPath, questionsPath } from '../core/paths.ts';
import { findQuestion, type ChallengeRow } from '../core/repository.ts';
import { ownsChallenge, requireChallenge } from '../core/require-challenge.ts';
import { questionsOpen } from '../core/rules.ts';
import { answerQuestion, type AnswerOutcome } from './answer-question.ts';
import { askQuestion } from './ask-question.ts';
import { answerForm, askForm } from './schema.ts';
import { getQuestionsPage } from './service.ts';
import { AnswerPage, crumbs, QuestionsPage } from './views/questions-page.tsx';

export const LIMITS = {
  // Each question mails the challenge's managers. Someone working through a challenge asks a
  // few questions; more than ten in an hour is a script or a taken-over account.
  questionsPerPerson: { name: 'challenge-question:person', max: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

type SlugRoute = { Params: { slug: string } };
type AnswerRoute = { Params: { slug: string; questionId: string } };

/**
 * The public questions and answers of a challenge: anyone reads the answered ones, a signed-in
 * person asks until the Q&A date, the owners (the managers of its organisation and the editors)
 * answer, also after the date.
 */
export function questionsRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    challenge: ChallengeRow,
    form: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
    status: 200 | 400 = 200,
  ): Promise<FastifyReply> {
    const owns = await ownsChallenge(deps.db, request.user, challenge);
    const now = new Date();
    const questions = await getQuestionsPage(deps.db, challenge, { userId: request.user?.id, owns });
    const notice = status === 200 ? knownNotice(request, request.t.challengesQuestions.notices) : undefined;
    return reply.page(
      h(QuestionsPage, {
        ctx: request.view(),
        challenge,
        questions,
        owns,
        open: questionsOpen(challenge, now),
        datePassed: now >= challenge.questionsUntil,
        notice: notice ? request.t.challengesQuestions.notices[notice.word] : undefined,
        submissionId: form.submissionId ?? newSubmissionId(),
        values: form.values,
        errors: form.errors,
      }),
      status,
    );
  }

  /** The Q&A date has passed (or the challenge takes no questions): 409, nothing stored. */
  function closedPage(request: FastifyRequest, reply: FastifyReply, challenge: ChallengeRow): FastifyReply {
    const m = request.t.challengesQuestions;
    const reason = new Date() >= challenge.questionsUntil ? m.ask.closed(formatDateTime(request.locale, challenge.questionsUntil)) : m.ask.closedUndecided;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.closed.title, body: [reason, m.closed.nothingStored], breadcrumbs: crumbs(request.view(), challenge) },
        h('p', { class: 'kern-body' }, h('a', { href: questionsPath(challenge.slug) }, m.backToQuestions)),
      ),
      409,
    );
  }

  app.get<SlugRoute>(questionsPath(':slug'), async (request, reply) => {
    return showPage(request, reply, await requireChallenge(deps.db, request.params.slug, request.user));
  });

  app.post<SlugRoute>(questionsPath(':slug'), { preHandler: requireUser }, async (request, reply) => {
    const challenge = await requireChallenge(deps.db, request.params.slug, request.user);
    const form = parseForm(askForm, request.body, request.t);
    if (!questionsOpen(challenge, new Date())) return closedPage(request, reply, challenge);
    if (!form.ok) return showPage(request, reply, challenge, form, 400);
    await enforceLimits(deps, [{ limit: LIMITS.questionsPerPerson, subject: request.user!.id }]);
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused<'closed'>(deps.db, form.submissionId, async (tx) => {
      const result = await askQuestion(tx, { actor: request.user!, challengeId: challenge.id, question: form.data.question, site, now: new Date() });
      return result.kind === 'asked' ? questionsPath(challenge.slug) : { refused: 'closed' };
    });
    if ('refused' in outcome) return closedPage(request, reply, challenge);
    return redirectWithNotice(reply, outcome.location, { word: 'asked' });
  });

  app.post<AnswerRoute>(answerPath(':slug', ':questionId'), { preHandler: requireUser }, async (request, reply) => {
    const challenge = await requireChallenge(deps.db, request.params.slug, request.user);
    if (!(await ownsChallenge(deps.db, request.user, challenge))) throw notFound();
    const questionId = request.params.questionId;
    const question = isUuid(questionId) ? await findQuestion(deps.db, challenge.id, questionId) : undefined;
    if (!question) throw notFound();
    const form = parseForm(answerForm, request.body, request.t);
    if (!form.ok) {
      const page = h(AnswerPage, {
        ctx: request.view(),
        challenge,
        question,
        submissionId: form.submissionId ?? newSubmissionId(),
        values: form.values,
        errors: form.errors,
      });
      return reply.page(page, 400);
    }
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused<Extract<AnswerOutcome, { kind: 'notFound' }>>(deps.db, form.submissionId, async (tx) => {
      const result = await answerQuestion(tx, { actor: request.user!, challenge, questionId: question.id, answer: form.data.answer, site, now: new Date() });
      return result.kind === 'notFound' ? { refused: result } : questionsPath(challenge.slug);
    });
    if ('refused' in outcome) throw notFound();
    return redirectWithNotice(reply, outcome.location, { word: 'answered' });
  });
}
