import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { hasPermission } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import { notFound } from '../../platform/http/errors.ts';
import { messagesFor, type Locale, type Messages } from '../../platform/i18n/index.ts';
import {
  countEvents,
  countRegistrationsByDate,
  findDateWithEvent,
  findDateWithEventAndQuestions,
  findEventById,
  findEventBySlug,
  findEventsByIds,
  listDateRows,
  listDatesOfEvents,
  listEditorEvents,
  listItemRows,
  listLiveRegistrations,
  listPastEventIds,
  listRecentlyPublishedEvents,
  listQuestionRows,
  listUpcomingDatesOf,
  listUpcomingEventIds,
  listUpcomingPublishedDates,
  listUpcomingTowns,
  listVariationRows,
  listWorldCafeRows,
  type CatalogueFilter,
  type EditorEventRow,
  type EventDateRow,
  type EventRow,
  type ProgrammeItemRow,
  type ProgrammeVariationRow,
  type QuestionRow,
  type WorldCafeQuestionRow,
} from './event-repository.ts';
import { formatClock, formatShortDay } from './event-format.ts';
import { icsCalendar, type IcsEntry } from './ical.ts';
import type { EventStatus } from './tables.ts';
import { isUuid } from '../../platform/text/uuid.ts';

export type { CatalogueFilter, EventDateRow, EventRow, ProgrammeItemRow, QuestionRow, WorldCafeQuestionRow };

/**
 * A date as every part of the feature sees it: the row plus its event's status, so that
 * `isRegistrationOpen(date, now)` can tell a draft's date from a published one.
 */
export type EventDate = EventDateRow & { eventStatus: EventStatus };


// ---- addresses --------------------------------------------------------------------------

export const CATALOGUE_PATH = '/veranstaltungen';
export const EDITOR_PATH = '/verwaltung/veranstaltungen';

export function eventPath(slug: string): string {
  return `${CATALOGUE_PATH}/${slug}`;
}

/** H2's registration form for one date. */
export function registrationPath(slug: string, dateId: string): string {
  return `${CATALOGUE_PATH}/${slug}/termine/${dateId}/anmeldung`;
}

export function dateIcsPath(slug: string, dateId: string): string {
  return `${CATALOGUE_PATH}/${slug}/termine/${dateId}.ics`;
}

export function editorEventPath(id: string): string {
  return `${EDITOR_PATH}/${id}`;
}

// ---- reading ----------------------------------------------------------------------------

function withStatus(event: Pick<EventRow, 'status'>, date: EventDateRow): EventDate {
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

// ---- rules of a date --------------------------------------------------------------------

export type RegistrationState = { open: true } | { open: false; reason: 'deadline' | 'cancelled' | 'past' | 'notPublished' };

/**
 * Whether people can register for a date now. Checked in this order, so that the page
 * names the reason that matters most: a draft, a cancelled date, a date that has begun,
 * a deadline that has passed. A full date stays open: people join the waiting list.
 */
export function isRegistrationOpen(
  date: Pick<EventDate, 'eventStatus' | 'cancelledAt' | 'startsAt' | 'registrationDeadline'>,
  now: Date,
): RegistrationState {
  if (date.eventStatus !== 'published') return { open: false, reason: 'notPublished' };
  if (date.cancelledAt) return { open: false, reason: 'cancelled' };
  if (now.getTime() >= date.startsAt.getTime()) return { open: false, reason: 'past' };
  if (now.getTime() > date.registrationDeadline.getTime()) return { open: false, reason: 'deadline' };
  return { open: true };
}

/** Free seats; 0 means new registrations go to the waiting list. */
export function seatsLeft(date: Pick<EventDateRow, 'seats' | 'confirmedCount'>): number {
  return Math.max(0, date.seats - date.confirmedCount);
}

/** The address lines of a date's place, or the one word "Online". */
export function placeLines(date: Pick<EventDateRow, 'online' | 'placeName' | 'street' | 'postcode' | 'town'>, t: Messages): string[] {
  if (date.online) return [t.events.online];
  return [date.placeName ?? '', date.street ?? '', [date.postcode, date.town].filter(Boolean).join(' ')].filter((l) => l.trim() !== '');
}

/** "Amtsverwaltung Süderbrarup, Königstraße 5, 24392 Süderbrarup" or "Online". */
export function formatPlace(date: Pick<EventDateRow, 'online' | 'placeName' | 'street' | 'postcode' | 'town'>, t: Messages): string {
  return placeLines(date, t).join(', ');
}

/** A short name for a date among its siblings: the town, or the day for an online date. */
export function shortPlace(date: Pick<EventDateRow, 'online' | 'town'>, t: Messages): string {
  return date.online ? t.events.online : (date.town ?? '');
}

// ---- calendar ---------------------------------------------------------------------------

function icsEntry(event: EventRow, date: EventDateRow, baseUrl: string, t: Messages): IcsEntry {
  const m = t.events.ics;
  const url = `${baseUrl}${eventPath(event.slug)}`;
  const place = shortPlace(date, t);
  const description = [
    event.summary,
    `${m.organiser}: ${event.organiser}`,
    date.doorsOpenAt ? m.doorsOpen(formatClock('de', date.doorsOpenAt)) : '',
    date.online ? m.streamLater : '',
    date.note,
    url,
  ].filter(Boolean);
  return {
    uid: `${date.id}@${new URL(baseUrl).hostname}`,
    summary: date.cancelledAt ? m.cancelledSummary(event.title, place) : `${event.title} – ${place}`,
    description: description.join('\n\n'),
    location: formatPlace(date, t),
    url,
    start: date.startsAt,
    end: date.endsAt,
    cancelled: Boolean(date.cancelledAt),
    changed: event.updatedAt,
  };
}

/** The .ics file of one date (RFC 5545, CRLF, the UID is stable for the date). */
export function dateIcs(event: EventRow, date: EventDateRow, baseUrl: string, t: Messages = messagesFor('de')): string {
  return icsCalendar([icsEntry(event, date, baseUrl, t)]);
}

/** The subscribable calendar of many dates. */
export function feedIcs(entries: { event: EventRow; date: EventDateRow }[], baseUrl: string, t: Messages): string {
  return icsCalendar(
    entries.map((e) => icsEntry(e.event, e.date, baseUrl, t)),
    { name: t.events.ics.feedName },
  );
}

// ---- the catalogue ------------------------------------------------------------------------

export const CATALOGUE_PAGE_SIZE = 20;

export interface CatalogueEntry {
  event: EventRow;
  /** the dates shown with the event: for the list those that match the filter */
  dates: EventDate[];
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

function assemble(ids: string[], events: EventRow[], dates: EventDateRow[]): CatalogueEntry[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const event = byId.get(id);
    if (!event) return [];
    return [{ event, dates: dates.filter((d) => d.eventId === id).map((d) => withStatus(event, d)) }];
  });
}

/** Published events with a date still to come that matches the filter, soonest first. */
export async function listUpcomingEvents(db: Executor, filter: CatalogueFilter, page: number, now: Date): Promise<CataloguePage> {
  const { ids, total } = await listUpcomingEventIds(db, filter, now, CATALOGUE_PAGE_SIZE, (page - 1) * CATALOGUE_PAGE_SIZE);
  const entries = assemble(ids, await findEventsByIds(db, ids), await listUpcomingDatesOf(db, ids, filter, now));
  return { entries, total, page, pages: pageCount(total) };
}

/** Published events whose dates are all over, the most recent first. */
export async function listPastEvents(db: Executor, page: number, now: Date): Promise<CataloguePage> {
  const { ids, total } = await listPastEventIds(db, now, CATALOGUE_PAGE_SIZE, (page - 1) * CATALOGUE_PAGE_SIZE);
  const entries = assemble(ids, await findEventsByIds(db, ids), await listDatesOfEvents(db, ids));
  return { entries, total, page, pages: pageCount(total) };
}

// ---- the programme ------------------------------------------------------------------------

export interface ProgrammeEntry {
  item: ProgrammeItemRow;
  /** set when the item takes place at this one date only */
  onlyDate: EventDate | undefined;
  /** other speakers at some dates ("in Lübeck: Bürgermeister …") */
  variations: { date: EventDate; speaker: string }[];
}

/** The shared programme with its per-date differences, in the order of the day. */
export function assembleProgramme(items: ProgrammeItemRow[], variations: ProgrammeVariationRow[], dates: EventDate[]): ProgrammeEntry[] {
  const dateById = new Map(dates.map((d) => [d.id, d]));
  return items.map((item) => ({
    item,
    onlyDate: item.onlyDateId ? dateById.get(item.onlyDateId) : undefined,
    variations: variations
      .filter((v) => v.itemId === item.id)
      .flatMap((v) => {
        const date = dateById.get(v.dateId);
        return date ? [{ date, speaker: v.speaker }] : [];
      })
      .sort((a, b) => a.date.startsAt.getTime() - b.date.startsAt.getTime()),
  }));
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

export async function getProgramme(db: Executor, eventId: string, dates: EventDate[]): Promise<ProgrammeEntry[]> {
  return assembleProgramme(await listItemRows(db, eventId), await listVariationRows(db, eventId), dates);
}

export interface EventPageData {
  event: EventRow;
  dates: EventDate[];
  programme: ProgrammeEntry[];
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
  };
}

// ---- editors' rules -----------------------------------------------------------------------

/** A rule the editor can act on; the page explains it. */
export class EventRuleError extends Error {
  constructor(
    readonly reason: 'publishNeedsDate' | 'seatsBelowTaken' | 'dateCancelled',
    /** e.g. the seats already taken */
    readonly count = 0,
  ) {
    super(reason);
  }
}

/**
 * How a date is named beside the other dates of its event: "in Lübeck", or with the day
 * when two dates share a town ("in Lübeck am 4. November 2027"), "online am …" online.
 */
export function dateWhere(date: EventDateRow, siblings: EventDateRow[], t: Messages, locale: Locale): string {
  const day = formatShortDay(locale, date.startsAt);
  if (date.online || !date.town) return t.events.where.onlineOn(day);
  const sameTown = siblings.filter((d) => !d.online && d.town === date.town).length;
  return sameTown > 1 ? t.events.where.inTownOn(date.town, day) : t.events.where.inTown(date.town);
}

export const EDITOR_PAGE_SIZE = 20;

/** The editors' list: events with coming dates first, then the rest; 20 per page. */
export async function listEventsForEditors(db: Executor, page: number): Promise<{ events: EditorEventRow[]; total: number; pages: number }> {
  const total = await countEvents(db);
  const events = await listEditorEvents(db, EDITOR_PAGE_SIZE, (page - 1) * EDITOR_PAGE_SIZE);
  return { events, total, pages: Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE)) };
}

export interface EventOverview {
  event: EventRow;
  dates: EventDate[];
  /** people on the waiting list per date id (an offered seat counts as taken, as in confirmedCount) */
  waiting: Map<string, number>;
  programmeCount: number;
  questionCount: number;
  worldCafeCount: number;
}

/** What the editors' overview of one event shows; undefined for an unknown id. */
export async function getEventOverview(db: Executor, id: string): Promise<EventOverview | undefined> {
  const event = await getEventById(db, id);
  if (!event) return undefined;
  const counts = await countRegistrationsByDate(db, id);
  return {
    event,
    dates: (await listDateRows(db, id)).map((d) => withStatus(event, d)),
    waiting: new Map(counts.map((c) => [c.dateId, c.waiting])),
    programmeCount: (await listItemRows(db, id)).length,
    questionCount: (await listQuestionRows(db, id)).length,
    worldCafeCount: (await listWorldCafeRows(db, id)).length,
  };
}
