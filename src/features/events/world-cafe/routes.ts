import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { requirePermission, requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { enforceLimits, type Limit } from '../../../platform/http/rate-limit.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { eventPath } from '../core/paths.ts';
import { getEventById } from '../core/event-lookups.ts';
import type { EventRow } from '../core/event-repository.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import { ContributionPage, questionAnchor } from './views/results.tsx';
import { resultField, WorldCafeEditorPage, worldCafeEditorPath } from './views/editor.tsx';
import { getContributionTarget, getQuestionOfEvent, getWorldCafeForEvent } from './service.ts';
import { publishResult, unpublishResult } from './publish-result.ts';
import { addContribution } from './add-contribution.ts';
import { removeContribution } from './remove-contribution.ts';
import { contributionForm, resultForm } from './schema.ts';
import { emptyForm } from '../operations/schema.ts';

const LIMITS = {
  // A member writes a few thoughts, not hundreds: the limit stops a script, not a person.
  contributionsPerUser: { name: 'world-cafe:user', max: 20, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

type EventParams = { Params: { id: string } };
type QuestionParams = { Params: { id: string; questionId: string } };
type ContributionParams = { Params: { id: string; contributionId: string } };

type EditorNotice = keyof Messages['eventOperations']['worldCafe']['editor']['notices'];

/** Redirects (303) to the World Café editor, at the question acted on, which confirms the action once. */
function backToEditor(reply: FastifyReply, event: EventRow, notice: EditorNotice, questionId?: string): FastifyReply {
  return redirectWithNotice(reply, `${worldCafeEditorPath(event.id)}${questionId ? `#question-${questionId}` : ''}`, { word: notice });
}

async function eventOr404(deps: AppDeps, id: string): Promise<EventRow> {
  const event = await getEventById(deps.db, id);
  if (!event) throw notFound();
  return event;
}

/** Results per World Café question for editors; contributions by signed-in members. */
export function worldCafeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  app.get<EventParams>('/verwaltung/veranstaltungen/:id/world-cafe', editors, async (request, reply) => {
    const event = await eventOr404(deps, request.params.id);
    const texts = request.t.eventOperations.worldCafe.editor.notices;
    const notice = knownNotice(request, texts);
    return reply.page(
      h(WorldCafeEditorPage, { ctx: request.view(), event, ...(await getWorldCafeForEvent(deps.db, event.id)), notice: notice && texts[notice.word] }),
    );
  });

  app.post<QuestionParams>('/verwaltung/veranstaltungen/:id/world-cafe/:questionId', editors, async (request, reply) => {
    const event = await eventOr404(deps, request.params.id);
    const question = await getQuestionOfEvent(deps.db, event.id, request.params.questionId);
    const form = parseForm(resultForm, request.body, request.t);
    if (!form.ok) {
      // The page has one text area per question: the problem is reported at this question's.
      const errors = form.errors.map((e) => ({ ...e, field: resultField(question.id) }));
      const cafe = await getWorldCafeForEvent(deps.db, event.id);
      return reply.page(h(WorldCafeEditorPage, { ctx: request.view(), event, ...cafe, values: form.values, errors }), 400);
    }
    await publishResult(deps, { actor: request.user!, event, question, result: form.data.result, now: new Date() });
    return backToEditor(reply, event, 'published', question.id);
  });

  app.post<QuestionParams>('/verwaltung/veranstaltungen/:id/world-cafe/:questionId/zuruecknehmen', editors, async (request, reply) => {
    const event = await eventOr404(deps, request.params.id);
    const question = await getQuestionOfEvent(deps.db, event.id, request.params.questionId);
    parseForm(emptyForm, request.body, request.t);
    await unpublishResult(deps, { actor: request.user!, question });
    return backToEditor(reply, event, 'unpublished', question.id);
  });

  app.post<ContributionParams>('/verwaltung/veranstaltungen/:id/world-cafe/beitraege/:contributionId/entfernen', editors, async (request, reply) => {
    const event = await eventOr404(deps, request.params.id);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await removeContribution(deps, { actor: request.user!, event, contributionId: request.params.contributionId });
    if (outcome === 'notFound') throw notFound();
    return backToEditor(reply, event, 'removed');
  });

  app.post<{ Params: { slug: string; questionId: string } }>(
    '/veranstaltungen/:slug/world-cafe/:questionId/beitraege',
    { preHandler: requireUser },
    async (request, reply) => {
      const { event, question } = await getContributionTarget(deps.db, request.params.slug, request.params.questionId);
      const form = parseForm(contributionForm, request.body, request.t);
      if (!form.ok) {
        return reply.page(h(ContributionPage, { ctx: request.view(), event, question, values: form.values, errors: form.errors }), 400);
      }
      await enforceLimits(deps, [{ limit: LIMITS.contributionsPerUser, subject: request.user!.id }]);
      await addContribution(deps, { question, actor: request.user!, body: form.data.body });
      return reply.redirect(`${eventPath(event.slug)}#${questionAnchor(question.id)}`, 303);
    },
  );
}
