import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { EventRow } from './event-repository.ts';
import { getDateWithEvent, getEventById, type EventDate } from './event-lookups.ts';

/* For routes of editors and operations: the event or date a page is about, or 404. */

/** The event an editor page is about; 404 when there is none. */
export async function requireEvent(db: Executor, id: string): Promise<EventRow> {
  const event = await getEventById(db, id);
  if (!event) throw notFound();
  return event;
}

/** A date of this event for an editor page; 404 when it is not one of the event's. */
export async function requireDate(db: Executor, event: EventRow, dateId: string): Promise<EventDate> {
  const found = await getDateWithEvent(db, dateId);
  if (!found || found.event.id !== event.id) throw notFound();
  return found.date;
}
