import type { Executor } from '../../../platform/db/client.ts';
import { findEventById, findEventsByIds, listDatesOfEvents, type EventDateRow, type EventRow } from '../core/event-repository.ts';
import { eventPath } from '../core/paths.ts';
import { listPublishedEventIds, type EventApiFilter } from './api-repository.ts';

export type { EventApiFilter } from './api-repository.ts';

/**
 * Published events as the read API and the open data give them: what the public event page
 * shows, without what only participants get (the stream address) and without the contact,
 * which may name a person.
 */
export interface PublicEventRecord {
  id: string;
  slug: string;
  /** the public page, relative to the site */
  path: string;
  title: string;
  summary: string;
  organiser: string;
  description: string;
  audience: string;
  fieldsOfAction: string[];
  publishedAt: Date | null;
  updatedAt: Date;
  dates: PublicEventDate[];
}

export interface PublicEventDate {
  id: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  placeName: string | null;
  street: string | null;
  postcode: string | null;
  town: string | null;
  registrationDeadline: Date;
  seats: number;
  cancelled: boolean;
}

function publicDate(d: EventDateRow): PublicEventDate {
  return {
    id: d.id,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    online: d.online,
    placeName: d.placeName,
    street: d.street,
    postcode: d.postcode,
    town: d.town,
    registrationDeadline: d.registrationDeadline,
    seats: d.seats,
    cancelled: d.cancelledAt !== null,
  };
}

function publicEvent(event: EventRow, dates: EventDateRow[]): PublicEventRecord {
  return {
    id: event.id,
    slug: event.slug,
    path: eventPath(event.slug),
    title: event.title,
    summary: event.summary,
    organiser: event.organiser,
    description: event.description,
    audience: event.audience,
    fieldsOfAction: event.fieldsOfAction,
    publishedAt: event.publishedAt,
    updatedAt: event.updatedAt,
    dates: dates.filter((d) => d.eventId === event.id).map(publicDate),
  };
}

/** One page of published events under the filter, with all their dates, and how many there are in all. */
export async function listPublicEvents(
  db: Executor,
  options: { filter: EventApiFilter; limit: number; offset: number },
): Promise<{ records: PublicEventRecord[]; total: number }> {
  const { ids, total } = await listPublishedEventIds(db, options.filter, options);
  const byId = new Map((await findEventsByIds(db, ids)).map((e) => [e.id, e]));
  const dates = await listDatesOfEvents(db, ids);
  const records = ids.flatMap((id) => {
    const event = byId.get(id);
    return event ? [publicEvent(event, dates)] : [];
  });
  return { records, total };
}

/** One published event with all its dates; undefined for a draft or an unknown id. */
export async function findPublicEvent(db: Executor, id: string): Promise<PublicEventRecord | undefined> {
  const event = await findEventById(db, id);
  if (event?.status !== 'published') return undefined;
  return publicEvent(event, await listDatesOfEvents(db, [id]));
}
