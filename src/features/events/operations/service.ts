import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { formatDay } from '../../../platform/i18n/dates.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { type EventDate, getDateWithEvent } from '../core/event-lookups.ts';
import { type EventRow, type QuestionRow, type WorldCafeQuestionRow, listQuestionRows, listWorldCafeRows } from '../core/event-repository.ts';
import { shortPlace } from '../core/places.ts';
import {
  countRegistrations,
  findRegistrationOfDate,
  listRegistrations,
  listWaitingList,
  registrationsPerDay,
  type RegistrationCounts,
  type RegistrationRow,
} from './repository.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

/** An event and one of its dates: every operations page works on such a pair. */
export interface DateOfEvent {
  event: EventRow;
  date: EventDate;
}

/** The date, or 404 when it is unknown or belongs to another event than the address says. */
export async function getDateOfEvent(db: Executor, eventId: string, dateId: string): Promise<DateOfEvent> {
  const found = await getDateWithEvent(db, dateId);
  if (!found || found.event.id !== eventId) throw notFound();
  return found;
}

/** A registration of this date; 404 for any other id, so that no address reaches another date's data. */
export async function getRegistrationOfDate(db: Executor, dateId: string, registrationId: string): Promise<RegistrationRow> {
  const found = isUuid(registrationId) ? await findRegistrationOfDate(db, dateId, registrationId) : undefined;
  if (!found) throw notFound();
  return found;
}

export function datePath(eventId: string, dateId: string): string {
  return `${EDITOR_PATH}/${eventId}/termine/${dateId}`;
}

export function registrationsPath(eventId: string, dateId: string): string {
  return `${datePath(eventId, dateId)}/anmeldungen`;
}

/** "Donnerstag, 30. September 2027, Süderbrarup": how a date is named in titles. */
export function dateLabel(date: EventDate, locale: Locale, t: Messages): string {
  return t.eventOperations.dateLabel(formatDay(locale, date.startsAt), shortPlace(date, t));
}

export interface RegistrationsOverview extends DateOfEvent {
  counts: RegistrationCounts;
  perDay: { day: string; count: number }[];
  /** all registrations of the date, or those matching the search */
  registrations: RegistrationRow[];
  waitingList: RegistrationRow[];
  questions: QuestionRow[];
  worldCafeQuestions: WorldCafeQuestionRow[];
}

export async function getRegistrationsOverview(db: Executor, pair: DateOfEvent, search: string | undefined): Promise<RegistrationsOverview> {
  const { event, date } = pair;
  return {
    event,
    date,
    counts: await countRegistrations(db, date.id),
    perDay: await registrationsPerDay(db, date.id),
    registrations: await listRegistrations(db, date.id, search),
    waitingList: await listWaitingList(db, date.id),
    questions: await listQuestionRows(db, event.id),
    worldCafeQuestions: await listWorldCafeRows(db, event.id),
  };
}
