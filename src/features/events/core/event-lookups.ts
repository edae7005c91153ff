import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import {
  findDateWithEvent,
  findDateWithEventAndQuestions,
  findEventById,
  findEventBySlug,
  listDateRows,
  listLiveRegistrations,
  listQuestionRows,
  listWorldCafeRows,
  type EventDateRow,
  type EventRow,
  type QuestionRow,
  type WorldCafeQuestionRow,
} from './event-repository.ts';
import type { EventStatus } from './tables.ts';

/**
 * A date as every part of the feature sees it: the row plus its event's status, so that
 * `isRegistrationOpen(date, now)` can tell a draft's date from a published one.
 */
export type EventDate = EventDateRow & { eventStatus: EventStatus };

export function withStatus(event: Pick<EventRow, 'status'>, date: EventDateRow): EventDate {
  return { ...date, eventStatus: event.status };
}

/** A published event by its address; drafts are undefined. */
export async function getPublishedEventBySlug(db: Executor, slug: string): Promise<EventRow | undefined> {
  const event = await findEventBySlug(db, slug);
  return event?.status === 'published' ? event : undefined;
}

/** Published events for everyone; drafts also for editors, who preview them. */
export async function getVisibleEventBySlug(db: Executor, slug: string, viewer: CurrentUser | null): Promise<EventRow | undefined> {
  const event = await findEventBySlug(db, slug);
  if (!event) return undefined;
  return event.status === 'published' || hasPermission(viewer, 'content:edit') ? event : undefined;
}

/** Any event by id (drafts too); undefined for an unknown id or one that is no UUID. */
export async function getEventById(db: Executor, id: string): Promise<EventRow | undefined> {
  return isUuid(id) ? findEventById(db, id) : undefined;
}

/** How many people are still registered for a date (confirmed, waiting or offered). */
export async function countLiveRegistrations(db: Executor, dateId: string): Promise<number> {
  return (await listLiveRegistrations(db, dateId)).length;
}

/** The date with its event and both kinds of questions, for the registration steps. */
export async function getDateWithEventAndQuestions(
  db: Executor,
  dateId: string,
): Promise<{ event: EventRow; date: EventDate; questions: QuestionRow[]; worldCafe: WorldCafeQuestionRow[] } | undefined> {
  if (!isUuid(dateId)) return undefined;
  const found = await findDateWithEventAndQuestions(db, dateId);
  return found && { ...found, date: withStatus(found.event, found.date) };
}

export async function getDateWithEvent(db: Executor, dateId: string): Promise<{ event: EventRow; date: EventDate } | undefined> {
  if (!isUuid(dateId)) return undefined;
  const found = await findDateWithEvent(db, dateId);
  return found && { event: found.event, date: withStatus(found.event, found.date) };
}

/** Every date of the event (cancelled ones too), the earliest first. */
export async function listDatesOfEvent(db: Executor, eventId: string): Promise<EventDate[]> {
  const event = await findEventById(db, eventId);
  if (!event) return [];
  return (await listDateRows(db, eventId)).map((d) => withStatus(event, d));
}

export async function listQuestionsOfEvent(db: Executor, eventId: string): Promise<QuestionRow[]> {
  return listQuestionRows(db, eventId);
}

export async function listWorldCafeQuestionsOfEvent(db: Executor, eventId: string): Promise<WorldCafeQuestionRow[]> {
  return listWorldCafeRows(db, eventId);
}
