import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { enforceLimits, type RateLimitDeps } from '../../../platform/http/rate-limit.ts';
import { getPublishedEventBySlug } from '../core/event-lookups.ts';
import { type EventRow, type WorldCafeQuestionRow, listWorldCafeRows } from '../core/event-repository.ts';
import {
  deleteContributionOfEvent,
  insertContribution,
  listContributionsOfEvent,
  updateQuestionResult,
  type ContributionRow,
} from './repository.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

export type { ContributionRow };

export interface WorldCafe {
  questions: WorldCafeQuestionRow[];
  contributions: ContributionRow[];
}

/** Questions with their results and the members' contributions, for the event page. */
export async function getWorldCafeForEvent(db: Executor, eventId: string): Promise<WorldCafe> {
  return { questions: await listWorldCafeRows(db, eventId), contributions: await listContributionsOfEvent(db, eventId) };
}

/** One question of an event; 404 when the id is unknown or belongs to another event. */
export async function getQuestionOfEvent(db: Executor, eventId: string, questionId: string): Promise<WorldCafeQuestionRow> {
  const question = isUuid(questionId) ? (await listWorldCafeRows(db, eventId)).find((q) => q.id === questionId) : undefined;
  if (!question) throw notFound();
  return question;
}

/** The published event and its question a contribution is for; 404 for drafts and strangers' ids. */
export async function getContributionTarget(db: Executor, slug: string, questionId: string): Promise<{ event: EventRow; question: WorldCafeQuestionRow }> {
  const event = await getPublishedEventBySlug(db, slug);
  if (!event) throw notFound();
  return { event, question: await getQuestionOfEvent(db, event.id, questionId) };
}

// A member writes a few thoughts, not hundreds: the limit stops a script, not a person.
const CONTRIBUTIONS_PER_HOUR = { name: 'world-cafe:user', max: 20, windowSeconds: 3600 };

export async function addContribution(
  deps: RateLimitDeps,
  options: { question: WorldCafeQuestionRow; actor: CurrentUser; body: string },
): Promise<ContributionRow> {
  await enforceLimits(deps, [{ limit: CONTRIBUTIONS_PER_HOUR, subject: options.actor.id }]);
  return insertContribution(deps.db, {
    questionId: options.question.id,
    userId: options.actor.id,
    authorName: options.actor.displayName,
    body: options.body,
  });
}

/** Publishes the result of a question (or a new version of it) for everyone to read. */
export async function publishResult(
  db: Database,
  options: { actor: CurrentUser; event: EventRow; question: WorldCafeQuestionRow; result: string; now: Date },
): Promise<void> {
  const { actor, event, question, result, now } = options;
  await db.transaction(async (tx) => {
    await updateQuestionResult(tx, question.id, { result, resultPublishedAt: now });
    await recordAudit(
      tx,
      actor,
      'event.worldCafe.publish',
      { type: 'event_world_cafe_question', id: question.id },
      { result: question.result, publishedAt: question.resultPublishedAt },
      { result, publishedAt: now, eventId: event.id },
    );
  });
}

/** Takes the result off the event page; the text stays for the editor to rework. */
export async function unpublishResult(db: Database, options: { actor: CurrentUser; question: WorldCafeQuestionRow }): Promise<void> {
  const { actor, question } = options;
  if (!question.resultPublishedAt) return;
  await db.transaction(async (tx) => {
    await updateQuestionResult(tx, question.id, { resultPublishedAt: null });
    await recordAudit(tx, actor, 'event.worldCafe.unpublish', { type: 'event_world_cafe_question', id: question.id }, { publishedAt: question.resultPublishedAt }, { publishedAt: null });
  });
}

/** Moderation: an editor removes a contribution; the audit log keeps what it said and who wrote it. */
export async function removeContribution(db: Database, options: { actor: CurrentUser; event: EventRow; contributionId: string }): Promise<void> {
  if (!isUuid(options.contributionId)) throw notFound();
  await db.transaction(async (tx) => {
    const removed = await deleteContributionOfEvent(tx, options.event.id, options.contributionId);
    if (!removed) throw notFound();
    await recordAudit(tx, options.actor, 'event.worldCafe.removeContribution', { type: 'event_world_cafe_contribution', id: removed.id }, removed, undefined);
  });
}
