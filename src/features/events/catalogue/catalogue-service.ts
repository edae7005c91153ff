import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import {
  findEventsByIds,
  listDateRows,
  listDatesOfEvents,
  listPastEventIds,
  listPublishedEventsWithShownDate,
  listRecentlyPublishedEvents,
  listUpcomingDatesOf,
  listUpcomingEventIds,
  listUpcomingPublishedDates,
  listUpcomingEventTitles,
  listUpcomingTowns,
  type CatalogueFilter,
  type EventDateRow,
  type EventRow,
} from '../core/event-repository.ts';
import { getVisibleEventBySlug, withStatus, type EventDate } from '../core/event-lookups.ts';
import { getProgramme, type ProgrammeEntry } from '../core/programme.ts';
import { eventPictures } from '../core/event-pictures.ts';
import type { PictureView } from '../../../platform/pictures/index.ts';

/** The address of an event's public page, for features that link to events they list. */
export { eventPath } from '../core/paths.ts';
/** Where editors create an event, for features that point their people there (the strategy's participation formats). */
export { EDITOR_PATH as EVENTS_EDITOR_PATH } from '../core/paths.ts';

export const CATALOGUE_PAGE_SIZE = 20;

export interface CatalogueEntry {
  event: EventRow;
  /** the dates shown with the event: for the list those that match the filter */
  dates: EventDate[];
  picture: PictureView | undefined;
}

export interface CataloguePage {
  entries: CatalogueEntry[];
  total: number;
  page: number;
  pages: number;
}

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
}

async function assemble(db: Executor, ids: string[], events: EventRow[], dates: EventDateRow[]): Promise<CatalogueEntry[]> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const pictures = await eventPictures(db, events);
  return ids.flatMap((id) => {
    const event = byId.get(id);
    if (!event) return [];
    return [{ event, dates: dates.filter((d) => d.eventId === id).map((d) => withStatus(event, d)), picture: pictures.get(id) }];
  });
}

/** Published events with a date still to come that matches the filter, soonest first. */
export async function listUpcomingEvents(db: Executor, filter: CatalogueFilter, page: number, now: Date): Promise<CataloguePage> {
  const { ids, total } = await listUpcomingEventIds(db, filter, now, CATALOGUE_PAGE_SIZE, (page - 1) * CATALOGUE_PAGE_SIZE);
  const entries = await assemble(db, ids, await findEventsByIds(db, ids), await listUpcomingDatesOf(db, ids, filter, now));
  return { entries, total, page, pages: pageCount(total) };
}

/** Published events whose dates are all over, the most recent first. */
export async function listPastEvents(db: Executor, page: number, now: Date): Promise<CataloguePage> {
  const { ids, total } = await listPastEventIds(db, now, CATALOGUE_PAGE_SIZE, (page - 1) * CATALOGUE_PAGE_SIZE);
  const entries = await assemble(db, ids, await findEventsByIds(db, ids), await listDatesOfEvents(db, ids));
  return { entries, total, page, pages: pageCount(total) };
}

/** Towns where published events have dates still to come, for the place filter. */
export async function listTownsWithUpcomingDates(db: Executor, now: Date): Promise<string[]> {
  return listUpcomingTowns(db, now);
}

/** Every published date that has not ended, with its event, for the subscribed calendar. */
export async function listCalendarEntries(db: Executor, now: Date): Promise<{ event: EventRow; date: EventDateRow }[]> {
  return listUpcomingPublishedDates(db, now);
}

/** The most recently published events, for the Atom feed. */
export async function listNewEvents(db: Executor, limit: number): Promise<EventRow[]> {
  return listRecentlyPublishedEvents(db, limit);
}

export interface EventPageData {
  event: EventRow;
  dates: EventDate[];
  programme: ProgrammeEntry[];
  picture: PictureView | undefined;
}

/** Everything the public page of one event shows; undefined when the viewer may not see it. */
export async function getEventPage(db: Executor, slug: string, viewer: CurrentUser | null): Promise<EventPageData | undefined> {
  const event = await getVisibleEventBySlug(db, slug, viewer);
  if (!event) return undefined;
  const dates = (await listDateRows(db, event.id)).map((d) => withStatus(event, d));
  return {
    event,
    dates,
    programme: await getProgramme(db, event.id, dates),
    picture: (await eventPictures(db, [event])).get(event.id),
  };
}

/** An event another feature keeps by id, with the one date it shows. */
export interface ListedEvent {
  event: EventRow;
  /** the next date that has not ended; for a past event its last */
  date: EventDate;
  upcoming: boolean;
}

/**
 * The published events among these ids (drafts and unknown ids are left out), those to come
 * first, soonest first, then the past ones, the most recent first.
 */
export async function listEventsByIds(db: Executor, ids: string[], now: Date): Promise<ListedEvent[]> {
  const rows = await listPublishedEventsWithShownDate(db, ids, now);
  const listed = rows.map(({ event, date }) => ({ event, date: withStatus(event, date), upcoming: date.endsAt > now }));
  const upcoming = listed.filter((e) => e.upcoming).sort((a, b) => a.date.startsAt.getTime() - b.date.startsAt.getTime());
  const past = listed.filter((e) => !e.upcoming).sort((a, b) => b.date.startsAt.getTime() - a.date.startsAt.getTime());
  return [...upcoming, ...past];
}

/** How many coming events a choice offers at most; beyond that a select list is no help anyway. */
const EVENT_CHOICE_LIMIT = 200;

/** Published events with a date still to come, soonest first, for a form that picks one. */
export async function listUpcomingEventChoices(db: Executor, now: Date): Promise<{ id: string; title: string; nextStart: Date }[]> {
  return listUpcomingEventTitles(db, now, EVENT_CHOICE_LIMIT);
}
