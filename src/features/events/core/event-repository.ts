import { and, asc, desc, eq, gt, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../platform/db/client.ts';
import { eventDates, eventQuestions, events, programmeItems, programmeVariations, registrations, worldCafeQuestions } from './tables.ts';

export type EventRow = typeof events.$inferSelect;
export type EventDateRow = typeof eventDates.$inferSelect;
export type ProgrammeItemRow = typeof programmeItems.$inferSelect;
export type ProgrammeVariationRow = typeof programmeVariations.$inferSelect;
export type QuestionRow = typeof eventQuestions.$inferSelect;
export type WorldCafeQuestionRow = typeof worldCafeQuestions.$inferSelect;

export type EventValues = Omit<
  EventRow,
  'id' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'status' | 'consentVersion' | 'requiresConfirmedEmail' | 'pictureId'
> &
  Partial<Pick<EventRow, 'id' | 'status' | 'publishedAt' | 'consentVersion' | 'requiresConfirmedEmail'>>;
export type DateValues = Omit<EventDateRow, 'id' | 'createdAt' | 'confirmedCount' | 'cancelledAt' | 'anonymisedAt'> & Partial<Pick<EventDateRow, 'id'>>;
export type ItemValues = Omit<ProgrammeItemRow, 'id'> & Partial<Pick<ProgrammeItemRow, 'id'>>;
export type QuestionValues = Omit<QuestionRow, 'id'> & Partial<Pick<QuestionRow, 'id'>>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---- events ---------------------------------------------------------------------------

export async function findEventById(db: Executor, id: string): Promise<EventRow | undefined> {
  return (await db.select().from(events).where(eq(events.id, id)))[0];
}

export async function findEventBySlug(db: Executor, slug: string): Promise<EventRow | undefined> {
  return (await db.select().from(events).where(eq(events.slug, slug)))[0];
}

/** Locks the event's row until the transaction ends, so that two editors' changes queue up. */
export async function lockEvent(db: Executor, id: string): Promise<EventRow | undefined> {
  return (await db.select().from(events).where(eq(events.id, id)).for('update'))[0];
}

export async function listEventSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: events.slug })
    .from(events)
    .where(or(eq(events.slug, base), ilike(events.slug, `${escapeLike(base)}-%`)));
  return rows.map((r) => r.slug);
}

/** Inserts an event; undefined when its slug was taken in the meantime. */
export async function insertEvent(db: Executor, values: EventValues): Promise<EventRow | undefined> {
  return (await db.insert(events).values(values).onConflictDoNothing({ target: events.slug }).returning())[0];
}

export async function updateEventRow(
  db: Executor,
  id: string,
  patch: Partial<Omit<EventRow, 'id' | 'slug' | 'createdAt' | 'createdBy'>>,
): Promise<EventRow | undefined> {
  return (
    await db
      .update(events)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(events.id, id))
      .returning()
  )[0];
}

export interface EditorEventRow {
  id: string;
  slug: string;
  title: string;
  status: EventRow['status'];
  updatedAt: Date;
  dateCount: number;
  firstStart: Date | null;
  lastStart: Date | null;
}

/** Every event for the editors: those with coming dates first (soonest first), then the rest. */
export async function listEditorEvents(db: Executor, limit: number, offset: number): Promise<EditorEventRow[]> {
  const rows = await queryRows<{
    id: string;
    slug: string;
    title: string;
    status: EventRow['status'];
    updated_at: string | Date;
    date_count: number;
    first_start: string | Date | null;
    last_start: string | Date | null;
    next_start: string | Date | null;
  }>(
    db,
    sql`select e.id, e.slug, e.title, e.status, e.updated_at,
          (select count(*)::int from ${eventDates} d where d.event_id = e.id) as date_count,
          (select min(d.starts_at) from ${eventDates} d where d.event_id = e.id) as first_start,
          (select max(d.starts_at) from ${eventDates} d where d.event_id = e.id) as last_start,
          (select min(d.starts_at) from ${eventDates} d where d.event_id = e.id and d.ends_at > now()) as next_start
        from ${events} e
        order by (select min(d.starts_at) from ${eventDates} d where d.event_id = e.id and d.ends_at > now()) asc nulls last,
          e.updated_at desc, e.id
        limit ${limit} offset ${offset}`,
  );
  const date = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    status: r.status,
    updatedAt: new Date(r.updated_at),
    dateCount: r.date_count,
    firstStart: date(r.first_start),
    lastStart: date(r.last_start),
  }));
}

export async function countEvents(db: Executor): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${events}`);
  return rows[0]?.n ?? 0;
}

// ---- the public catalogue ---------------------------------------------------------------

export interface CatalogueFilter {
  fieldOfAction?: string | undefined;
  town?: string | undefined;
  online?: boolean | undefined;
}

/** Conditions on a date (alias d) for the public list's filters. */
function dateConditions(filter: CatalogueFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.town) parts.push(sql`lower(d.town) = lower(${filter.town}) and not d.online`);
  if (filter.online !== undefined) parts.push(sql`d.online = ${filter.online}`);
  return sql.join(parts, sql` and `);
}

function eventConditions(filter: CatalogueFilter): SQL {
  const parts: SQL[] = [sql`e.status = 'published'`];
  if (filter.fieldOfAction) parts.push(sql`${filter.fieldOfAction} = any(e.fields_of_action)`);
  return sql.join(parts, sql` and `);
}

/**
 * Published events with a date that has not ended and matches the filter, soonest first.
 * Returns ids only; the caller loads the events and their matching dates.
 */
export async function listUpcomingEventIds(
  db: Executor,
  filter: CatalogueFilter,
  now: Date,
  limit: number,
  offset: number,
): Promise<{ ids: string[]; total: number }> {
  const rows = await queryRows<{ id: string; total: number }>(
    db,
    sql`select e.id, count(*) over ()::int as total
        from ${events} e
        join ${eventDates} d on d.event_id = e.id
        where ${eventConditions(filter)} and d.ends_at > ${now} and ${dateConditions(filter)}
        group by e.id
        order by min(d.starts_at), e.id
        limit ${limit} offset ${offset}`,
  );
  if (rows.length > 0 || offset === 0) return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
  // Past the last page: the total still tells the pagination how many pages there are.
  const count = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct e.id)::int as n from ${events} e join ${eventDates} d on d.event_id = e.id
        where ${eventConditions(filter)} and d.ends_at > ${now} and ${dateConditions(filter)}`,
  );
  return { ids: [], total: count[0]?.n ?? 0 };
}

/** Published events whose every date has ended, the most recent first. */
export async function listPastEventIds(db: Executor, now: Date, limit: number, offset: number): Promise<{ ids: string[]; total: number }> {
  const where = sql`e.status = 'published'
    and exists (select 1 from ${eventDates} d where d.event_id = e.id)
    and not exists (select 1 from ${eventDates} d where d.event_id = e.id and d.ends_at > ${now})`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select e.id from ${events} e where ${where}
        order by (select max(d.starts_at) from ${eventDates} d where d.event_id = e.id) desc, e.id
        limit ${limit} offset ${offset}`,
  );
  const count = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${events} e where ${where}`);
  return { ids: rows.map((r) => r.id), total: count[0]?.n ?? 0 };
}

export async function findEventsByIds(db: Executor, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(events).where(inArray(events.id, ids));
}

/** Dates of these events that have not ended and match the filter, in order. */
export async function listUpcomingDatesOf(db: Executor, eventIds: string[], filter: CatalogueFilter, now: Date): Promise<EventDateRow[]> {
  if (eventIds.length === 0) return [];
  const conditions = [inArray(eventDates.eventId, eventIds), gt(eventDates.endsAt, now)];
  if (filter.town) conditions.push(sql`lower(${eventDates.town}) = lower(${filter.town})`, eq(eventDates.online, false));
  if (filter.online !== undefined) conditions.push(eq(eventDates.online, filter.online));
  return db
    .select()
    .from(eventDates)
    .where(and(...conditions))
    .orderBy(asc(eventDates.startsAt), asc(eventDates.id));
}

export async function listDatesOfEvents(db: Executor, eventIds: string[]): Promise<EventDateRow[]> {
  if (eventIds.length === 0) return [];
  return db.select().from(eventDates).where(inArray(eventDates.eventId, eventIds)).orderBy(asc(eventDates.startsAt), asc(eventDates.id));
}

/** Towns where published events have dates still to come, for the place filter. */
export async function listUpcomingTowns(db: Executor, now: Date): Promise<string[]> {
  const rows = await queryRows<{ town: string }>(
    db,
    sql`select distinct d.town from ${eventDates} d join ${events} e on e.id = d.event_id
        where e.status = 'published' and d.ends_at > ${now} and not d.online and d.town is not null and d.town <> ''
        order by d.town`,
  );
  return rows.map((r) => r.town);
}

/** Every date of published events that has not ended, with its event, for the calendar feed. */
export async function listUpcomingPublishedDates(db: Executor, now: Date): Promise<{ event: EventRow; date: EventDateRow }[]> {
  return db
    .select({ event: events, date: eventDates })
    .from(eventDates)
    .innerJoin(events, eq(events.id, eventDates.eventId))
    .where(and(eq(events.status, 'published'), gt(eventDates.endsAt, now)))
    .orderBy(asc(eventDates.startsAt), asc(eventDates.id));
}

/**
 * Published events among these ids, each with one date: the next that has not ended or, once
 * all have, the last. Other features show events they keep by id (a network group's events).
 */
export async function listPublishedEventsWithShownDate(db: Executor, ids: string[], now: Date): Promise<{ event: EventRow; date: EventDateRow }[]> {
  if (ids.length === 0) return [];
  const ahead = sql`${eventDates.endsAt} > ${now}`;
  return db
    .selectDistinctOn([events.id], { event: events, date: eventDates })
    .from(events)
    .innerJoin(eventDates, eq(eventDates.eventId, events.id))
    .where(and(inArray(events.id, ids), eq(events.status, 'published')))
    .orderBy(events.id, sql`${ahead} desc`, sql`case when ${ahead} then ${eventDates.startsAt} end asc`, desc(eventDates.startsAt), asc(eventDates.id));
}

/** Published events with a date that has not ended, with their next start, soonest first: a list to choose from. */
export async function listUpcomingEventTitles(db: Executor, now: Date, limit: number): Promise<{ id: string; title: string; nextStart: Date }[]> {
  const rows = await queryRows<{ id: string; title: string; next_start: string | Date }>(
    db,
    sql`select e.id, e.title, min(d.starts_at) as next_start
        from ${events} e join ${eventDates} d on d.event_id = e.id
        where e.status = 'published' and d.ends_at > ${now}
        group by e.id, e.title
        order by min(d.starts_at), e.title, e.id
        limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, title: r.title, nextStart: new Date(r.next_start) }));
}

/** The most recently published events, for the Atom feed. */
export async function listRecentlyPublishedEvents(db: Executor, limit: number): Promise<EventRow[]> {
  return db.select().from(events).where(eq(events.status, 'published')).orderBy(desc(events.publishedAt), desc(events.id)).limit(limit);
}

// ---- dates ------------------------------------------------------------------------------

export async function listDateRows(db: Executor, eventId: string): Promise<EventDateRow[]> {
  return db.select().from(eventDates).where(eq(eventDates.eventId, eventId)).orderBy(asc(eventDates.startsAt), asc(eventDates.id));
}

export async function findDateWithEvent(db: Executor, dateId: string): Promise<{ event: EventRow; date: EventDateRow } | undefined> {
  const rows = await db
    .select({ event: events, date: eventDates })
    .from(eventDates)
    .innerJoin(events, eq(events.id, eventDates.eventId))
    .where(eq(eventDates.id, dateId));
  return rows[0];
}

type WorldCafeJson = Omit<WorldCafeQuestionRow, 'resultPublishedAt'> & { resultPublishedAt: string | null };

/**
 * A date with its event and the event's registration and World Café questions in one statement:
 * every step of a registration needs all of them, and a rush is bound by round trips.
 */
export async function findDateWithEventAndQuestions(
  db: Executor,
  dateId: string,
): Promise<{ event: EventRow; date: EventDateRow; questions: QuestionRow[]; worldCafe: WorldCafeQuestionRow[] } | undefined> {
  const rows = await db
    .select({
      event: events,
      date: eventDates,
      questions: sql<QuestionRow[]>`(select coalesce(json_agg(json_build_object(
          'id', q.id, 'eventId', q.event_id, 'position', q.position, 'label', q.label, 'hint', q.hint,
          'kind', q.kind, 'options', q.options, 'required', q.required) order by q.position, q.id), '[]'::json)
        from event_questions q where q.event_id = ${events.id})`,
      worldCafe: sql<WorldCafeJson[]>`(select coalesce(json_agg(json_build_object(
          'id', w.id, 'eventId', w.event_id, 'position', w.position, 'question', w.question,
          'result', w.result, 'resultPublishedAt', w.result_published_at) order by w.position, w.id), '[]'::json)
        from event_world_cafe_questions w where w.event_id = ${events.id})`,
    })
    .from(eventDates)
    .innerJoin(events, eq(events.id, eventDates.eventId))
    .where(eq(eventDates.id, dateId));
  const row = rows[0];
  if (!row) return undefined;
  const worldCafe = row.worldCafe.map((w) => ({ ...w, resultPublishedAt: w.resultPublishedAt === null ? null : new Date(w.resultPublishedAt) }));
  return { ...row, worldCafe };
}

/** Locks one date's row: the seat counter and cancellation change under this lock. */
export async function lockDate(db: Executor, dateId: string): Promise<EventDateRow | undefined> {
  return (await db.select().from(eventDates).where(eq(eventDates.id, dateId)).for('update'))[0];
}

export async function insertDate(db: Executor, values: DateValues): Promise<EventDateRow> {
  return (await db.insert(eventDates).values(values).returning())[0]!;
}

export async function updateDateRow(
  db: Executor,
  dateId: string,
  patch: Partial<Omit<EventDateRow, 'id' | 'eventId' | 'createdAt' | 'confirmedCount'>>,
): Promise<EventDateRow | undefined> {
  return (await db.update(eventDates).set(patch).where(eq(eventDates.id, dateId)).returning())[0];
}

/** People on the waiting list per date, for the editors' overview. */
export async function countRegistrationsByDate(db: Executor, eventId: string): Promise<{ dateId: string; waiting: number }[]> {
  const rows = await queryRows<{ date_id: string; waiting: number }>(
    db,
    sql`select r.date_id, count(*) filter (where r.status = 'waiting')::int as waiting
        from ${registrations} r join ${eventDates} d on d.id = r.date_id
        where d.event_id = ${eventId}
        group by r.date_id`,
  );
  return rows.map((r) => ({ dateId: r.date_id, waiting: r.waiting }));
}

export interface RegistrationContact {
  id: string;
  reference: string;
  status: string;
  salutation: string | null;
  firstName: string;
  lastName: string;
  email: string;
}

/** Everyone still registered for a date (confirmed, waiting or offered a seat). */
export async function listLiveRegistrations(db: Executor, dateId: string): Promise<RegistrationContact[]> {
  return db
    .select({
      id: registrations.id,
      reference: registrations.reference,
      status: registrations.status,
      salutation: registrations.salutation,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      email: registrations.email,
    })
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), ne(registrations.status, 'cancelled'), isNull(registrations.anonymisedAt)))
    .orderBy(asc(registrations.queueNumber));
}

// ---- programme ------------------------------------------------------------------------

export async function listItemRows(db: Executor, eventId: string): Promise<ProgrammeItemRow[]> {
  return listItemRowsOfEvents(db, [eventId]);
}

/** The items of these events in the usual order of the day. */
export async function listItemRowsOfEvents(db: Executor, eventIds: string[]): Promise<ProgrammeItemRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(programmeItems)
    .where(inArray(programmeItems.eventId, eventIds))
    .orderBy(asc(programmeItems.offsetMinutes), asc(programmeItems.position), asc(programmeItems.id));
}

export async function listVariationRows(db: Executor, eventId: string): Promise<ProgrammeVariationRow[]> {
  return listVariationRowsOfEvents(db, [eventId]);
}

export async function listVariationRowsOfEvents(db: Executor, eventIds: string[]): Promise<ProgrammeVariationRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select({
      itemId: programmeVariations.itemId,
      dateId: programmeVariations.dateId,
      speaker: programmeVariations.speaker,
      offsetMinutes: programmeVariations.offsetMinutes,
    })
    .from(programmeVariations)
    .innerJoin(programmeItems, eq(programmeItems.id, programmeVariations.itemId))
    .where(inArray(programmeItems.eventId, eventIds));
}

export async function findItem(db: Executor, eventId: string, itemId: string): Promise<ProgrammeItemRow | undefined> {
  return (
    await db
      .select()
      .from(programmeItems)
      .where(and(eq(programmeItems.eventId, eventId), eq(programmeItems.id, itemId)))
  )[0];
}

export async function insertItem(db: Executor, values: ItemValues): Promise<ProgrammeItemRow> {
  return (await db.insert(programmeItems).values(values).returning())[0]!;
}

export async function updateItemRow(db: Executor, itemId: string, patch: Partial<Omit<ProgrammeItemRow, 'id' | 'eventId'>>): Promise<void> {
  await db.update(programmeItems).set(patch).where(eq(programmeItems.id, itemId));
}

export async function deleteItemRow(db: Executor, itemId: string): Promise<void> {
  await db.delete(programmeItems).where(eq(programmeItems.id, itemId));
}

/** Replaces what differs for one item at each date by `variations` (a copied or demo item). */
export async function replaceVariations(db: Executor, itemId: string, variations: Omit<ProgrammeVariationRow, 'itemId'>[]): Promise<void> {
  await db.delete(programmeVariations).where(eq(programmeVariations.itemId, itemId));
  if (variations.length > 0) await db.insert(programmeVariations).values(variations.map((v) => ({ itemId, ...v })));
}

/** Replaces the other speakers of one item by `speakers`; the item's own times at dates stay. */
export async function replaceVariationSpeakers(db: Executor, itemId: string, speakers: { dateId: string; speaker: string }[]): Promise<void> {
  const ofItem = eq(programmeVariations.itemId, itemId);
  await db.delete(programmeVariations).where(and(ofItem, isNull(programmeVariations.offsetMinutes)));
  await db.update(programmeVariations).set({ speaker: null }).where(ofItem);
  if (speakers.length === 0) return;
  await db
    .insert(programmeVariations)
    .values(speakers.map((v) => ({ itemId, ...v })))
    .onConflictDoUpdate({ target: [programmeVariations.itemId, programmeVariations.dateId], set: { speaker: sql`excluded.speaker` } });
}

/** Takes back every date's own time for one item. */
export async function clearItemOffsets(db: Executor, itemId: string): Promise<void> {
  const ofItem = eq(programmeVariations.itemId, itemId);
  await db.delete(programmeVariations).where(and(ofItem, isNull(programmeVariations.speaker)));
  await db.update(programmeVariations).set({ offsetMinutes: null }).where(ofItem);
}

/** Sets the times of items at one date: minutes after its start, or null for the item's usual time. */
export async function setVariationOffsets(db: Executor, dateId: string, offsets: { itemId: string; offsetMinutes: number | null }[]): Promise<void> {
  const usual = offsets.filter((o) => o.offsetMinutes === null).map((o) => o.itemId);
  const own = offsets.filter((o) => o.offsetMinutes !== null);
  if (usual.length > 0) {
    const rows = and(eq(programmeVariations.dateId, dateId), inArray(programmeVariations.itemId, usual));
    await db.delete(programmeVariations).where(and(rows, isNull(programmeVariations.speaker)));
    await db.update(programmeVariations).set({ offsetMinutes: null }).where(rows);
  }
  if (own.length === 0) return;
  await db
    .insert(programmeVariations)
    .values(own.map((o) => ({ itemId: o.itemId, dateId, offsetMinutes: o.offsetMinutes })))
    .onConflictDoUpdate({ target: [programmeVariations.itemId, programmeVariations.dateId], set: { offsetMinutes: sql`excluded.offset_minutes` } });
}

export async function nextItemPosition(db: Executor, eventId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select coalesce(max(position), 0)::int + 1 as n from ${programmeItems} where event_id = ${eventId}`);
  return rows[0]?.n ?? 1;
}

// ---- registration questions --------------------------------------------------------------

export async function listQuestionRows(db: Executor, eventId: string): Promise<QuestionRow[]> {
  return db.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId)).orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
}

export async function insertQuestion(db: Executor, values: QuestionValues): Promise<QuestionRow> {
  return (await db.insert(eventQuestions).values(values).returning())[0]!;
}

export async function updateQuestionRow(db: Executor, id: string, patch: Partial<Omit<QuestionRow, 'id' | 'eventId'>>): Promise<void> {
  await db.update(eventQuestions).set(patch).where(eq(eventQuestions.id, id));
}

export async function deleteQuestionRow(db: Executor, id: string): Promise<void> {
  await db.delete(eventQuestions).where(eq(eventQuestions.id, id));
}

// ---- World Café questions ---------------------------------------------------------------

export async function listWorldCafeRows(db: Executor, eventId: string): Promise<WorldCafeQuestionRow[]> {
  return db
    .select()
    .from(worldCafeQuestions)
    .where(eq(worldCafeQuestions.eventId, eventId))
    .orderBy(asc(worldCafeQuestions.position), asc(worldCafeQuestions.id));
}

export async function insertWorldCafeQuestion(
  db: Executor,
  values: Pick<WorldCafeQuestionRow, 'eventId' | 'position' | 'question'> & Partial<Pick<WorldCafeQuestionRow, 'id' | 'result' | 'resultPublishedAt'>>,
): Promise<WorldCafeQuestionRow> {
  return (await db.insert(worldCafeQuestions).values(values).returning())[0]!;
}

export async function updateWorldCafeRow(db: Executor, id: string, patch: { question?: string; position?: number }): Promise<void> {
  await db.update(worldCafeQuestions).set(patch).where(eq(worldCafeQuestions.id, id));
}

export async function deleteWorldCafeRow(db: Executor, id: string): Promise<void> {
  await db.delete(worldCafeQuestions).where(eq(worldCafeQuestions.id, id));
}
