import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { getPublishedEventBySlug } from '../core/event-lookups.ts';
import { type EventRow, type WorldCafeQuestionRow, listWorldCafeRows } from '../core/event-repository.ts';
import { listContributionsOfEvent, type ContributionRow } from './repository.ts';
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
