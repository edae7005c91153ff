import { and, asc, eq, getTableColumns, isNull, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../platform/db/client.ts';
import { jobInsertQuery } from '../../../platform/jobs/repository.ts';
import { eventDates, registrations, type RegistrationStatus } from '../core/tables.ts';

export { REFERENCE_INDEX } from '../core/tables.ts';

export type RegistrationRow = typeof registrations.$inferSelect;
export type NewRegistration = Omit<typeof registrations.$inferInsert, 'id' | 'queueNumber' | 'createdAt'>;

/*
 * Seats: event_dates.confirmed_count counts every seat that is taken. A seat held for a
 * waiting-list offer (status 'offered') is taken until the offer is accepted, declined or
 * runs out; a seat held until the person confirms their address (status 'held') until
 * they do or the hold runs out. So confirmed_count = confirmed + offered + held
 * registrations of the date, and the table's check (confirmed_count <= seats) is the last
 * line of defence against overbooking.
 *
 * Lock order, to rule out deadlocks: a transaction that changes seats locks the date's row
 * first (takeSeat, releaseSeat and lockDate all do) and registration rows after it.
 */

function seatUpdate(dateId: string, newcomer: boolean): SQL {
  const queueEmpty = newcomer ? sql`and not exists (select 1 from ${registrations} w where w.date_id = ${dateId} and w.status = 'waiting')` : sql``;
  return sql`update ${eventDates} set confirmed_count = confirmed_count + 1
             where id = ${dateId} and confirmed_count < seats and cancelled_at is null ${queueEmpty}
             returning id`;
}

/**
 * Takes a seat if one is free, in one statement: the row lock of the UPDATE serialises
 * concurrent confirmations, and PostgreSQL re-checks the condition on the newest row
 * version, so no read-then-write race can overbook. A new registration (`newcomer`) does
 * not jump the queue when a seat is free while people are still waiting for an offer.
 */
export async function takeSeat(db: Executor, dateId: string, options: { newcomer: boolean }): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(db, seatUpdate(dateId, options.newcomer));
  return rows.length === 1;
}

export interface PlaceRequest {
  dateId: string;
  /** a new registration does not jump the queue (see takeSeat) */
  newcomer: boolean;
  /** when set, a free seat is only held until then ('held'), else it is 'confirmed' */
  holdUntil: Date | null;
  /** the registration's id, chosen beforehand so that its receipt job can name it */
  id: string;
  values: Omit<NewRegistration, 'status' | 'holdExpiresAt'>;
  /** the receipt job, whose dedupe key ends with the status the statement chose */
  receipt: { kind: string; payload: unknown; dedupeKeyPrefix: string };
}

/**
 * Takes a seat if one is free (else a place on the waiting list, in the date's row lock as
 * well), stores the registration and queues its receipt: all in ONE statement. Run on its
 * own (not inside a transaction) it commits as it ends, so the date's lock is held only while
 * PostgreSQL executes it and never while JavaScript runs – every confirmation of a popular
 * date waits in line for that lock. Any refusal (a unique index: the same nonce, address or
 * reference; a date that is gone) fails the whole statement, which gives the seat back; see
 * violatedUniqueIndex for telling them apart.
 */
export async function takePlaceAndRegister(db: Executor, request: PlaceRequest): Promise<{ registration: RegistrationRow; lockHeldSeconds: number }> {
  const { dateId } = request;
  const seat = db.$with('seat', { id: sql<string>`id` }).as(seatUpdate(dateId, request.newcomer));
  // No seat: the waiting list queues on the date's lock too, so that each place is offered exactly once.
  const queue = db
    .$with('queue', { id: sql<string>`id` })
    .as(sql`select id from ${eventDates} where id = ${dateId} and not exists (select 1 from seat) for update`);
  // Neither (the date was deleted) leaves the status null, which the table refuses. The clock
  // is read after the status, so once the lock is held: the start of what others wait for.
  const place = db.$with('place', { status: sql<RegistrationStatus>`status`, lockedAt: sql`locked_at` }).as(
    sql`select case when exists (select 1 from seat) then ${request.holdUntil ? 'held' : 'confirmed'}
                    when exists (select 1 from queue) then 'waiting' end as status,
               clock_timestamp() as locked_at`,
  );
  const receipt = db.$with('receipt', {}).as(
    jobInsertQuery(db, {
      kind: request.receipt.kind,
      payload: request.receipt.payload,
      dedupeKey: sql`${request.receipt.dedupeKeyPrefix} || (select status from place)`,
    }),
  );
  const holdUntil = request.holdUntil?.toISOString() ?? null;
  const [row] = await db
    .with(seat, queue, place, receipt)
    .insert(registrations)
    .values({
      ...request.values,
      id: request.id,
      status: sql`(select status from place)`,
      holdExpiresAt: sql`(select case when status = 'held' then ${holdUntil}::timestamptz end from place)`,
    })
    .returning({
      ...getTableColumns(registrations),
      // until the row is stored; the commit that follows at once adds its own few microseconds
      lockHeldSeconds: sql<number>`extract(epoch from clock_timestamp() - (select locked_at from place))::float8`,
    });
  if (!row) throw new Error('the registration statement returned no row');
  const { lockHeldSeconds, ...registration } = row;
  return { registration, lockHeldSeconds: Number(lockHeldSeconds) };
}

export async function releaseSeat(db: Executor, dateId: string): Promise<void> {
  await db.execute(sql`update ${eventDates} set confirmed_count = confirmed_count - 1 where id = ${dateId} and confirmed_count > 0`);
}

export interface SeatState {
  startsAt: Date;
  cancelledAt: Date | null;
  seats: number;
  confirmedCount: number;
}

export async function lockDate(db: Executor, dateId: string): Promise<SeatState | undefined> {
  const rows = await db
    .select({ startsAt: eventDates.startsAt, cancelledAt: eventDates.cancelledAt, seats: eventDates.seats, confirmedCount: eventDates.confirmedCount })
    .from(eventDates)
    .where(eq(eventDates.id, dateId))
    .for('update');
  return rows[0];
}

export async function findRegistrationById(db: Executor, id: string): Promise<RegistrationRow | undefined> {
  return (await db.select().from(registrations).where(eq(registrations.id, id)))[0];
}

export async function lockRegistration(db: Executor, id: string): Promise<RegistrationRow | undefined> {
  return (await db.select().from(registrations).where(eq(registrations.id, id)).for('update'))[0];
}

export async function findRegistrationByNonce(db: Executor, nonce: string): Promise<RegistrationRow | undefined> {
  return (await db.select().from(registrations).where(eq(registrations.submissionNonce, nonce)))[0];
}

/** Anonymised registrations too: their link still opens the page that says the data is gone. */
export async function findRegistrationByReference(db: Executor, reference: string): Promise<RegistrationRow | undefined> {
  return (await db.select().from(registrations).where(eq(registrations.reference, reference)))[0];
}

// What the partial unique index counts: one live registration per address and date.
const isLive = and(sql`${registrations.status} <> 'cancelled'`, isNull(registrations.anonymisedAt));

/**
 * In one query: the registration a form token has made already (a second click), else the
 * live registration of the address for the date.
 */
export async function findByNonceOrLiveAddress(db: Executor, nonce: string, dateId: string, email: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .select()
    .from(registrations)
    .where(or(eq(registrations.submissionNonce, nonce), and(eq(registrations.dateId, dateId), eq(registrations.email, email), isLive)))
    .orderBy(sql`${registrations.submissionNonce} = ${nonce} desc`)
    .limit(1);
  return rows[0];
}

export async function updateRegistration(
  db: Executor,
  id: string,
  patch: Partial<Pick<RegistrationRow, 'status' | 'offerExpiresAt' | 'cancelledAt'>>,
): Promise<RegistrationRow | undefined> {
  return (await db.update(registrations).set(patch).where(eq(registrations.id, id)).returning())[0];
}

/** The first person on the date's waiting list, locked so that two offers cannot pick the same one. */
export async function lockFirstWaiting(db: Executor, dateId: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), eq(registrations.status, 'waiting'), isNull(registrations.anonymisedAt)))
    .orderBy(asc(registrations.queueNumber))
    .limit(1)
    .for('update');
  return rows[0];
}

/** 1 for the first person waiting; only meaningful while the registration is waiting. */
export async function waitingPosition(db: Executor, registration: Pick<RegistrationRow, 'dateId' | 'queueNumber'>): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${registrations}
        where date_id = ${registration.dateId} and status = 'waiting' and queue_number <= ${registration.queueNumber}`,
  );
  // count(*) without group by always answers one row
  return rows[0]!.n;
}

/**
 * The two statuses that last only until a time: an offer from the waiting list ('offered',
 * until offer_expires_at) and a seat held until the address is confirmed ('held', until
 * hold_expires_at). Either ends by the person's click (confirmed) or by the clock (cancelled).
 */
export type TimedStatus = 'offered' | 'held';

const EXPIRES_AT = { offered: registrations.offerExpiresAt, held: registrations.holdExpiresAt } as const;
const NO_EXPIRY = { offered: { offerExpiresAt: null }, held: { holdExpiresAt: null } } as const;

function timed(status: TimedStatus, open: boolean, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  return and(eq(registrations.status, status), open ? sql`${EXPIRES_AT[status]} > ${at}` : sql`${EXPIRES_AT[status]} <= ${at}`);
}

/** Confirms an offer or hold that is still open; undefined when it is not (any more). */
export async function confirmWhileOpen(db: Executor, id: string, status: TimedStatus, now: Date): Promise<RegistrationRow | undefined> {
  const rows = await db
    .update(registrations)
    .set({ status: 'confirmed', ...NO_EXPIRY[status] })
    .where(and(eq(registrations.id, id), timed(status, true, now)))
    .returning();
  return rows[0];
}

/** Ends an offer or hold whose time is up; undefined when it was confirmed first or another process got there first. */
export async function lapseTimed(db: Executor, id: string, status: TimedStatus, now: Date): Promise<RegistrationRow | undefined> {
  const rows = await db
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(eq(registrations.id, id), timed(status, false, now)))
    .returning();
  return rows[0];
}

export async function listLapsed(db: Executor, status: TimedStatus, now: Date): Promise<{ id: string; dateId: string }[]> {
  return db
    .select({ id: registrations.id, dateId: registrations.dateId })
    .from(registrations)
    .where(timed(status, false, now));
}

/**
 * Links a registration made without an account to the account of the person who claims it;
 * undefined when it belongs to an account already (the first link stays).
 */
export async function linkRegistrationToUser(db: Executor, id: string, userId: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .update(registrations)
    .set({ userId })
    .where(and(eq(registrations.id, id), isNull(registrations.userId), isNull(registrations.anonymisedAt)))
    .returning();
  return rows[0];
}

/** Dates still to come with a free seat and someone waiting (e.g. after an editor added seats). */
export async function listDatesWithSeatsForWaiting(db: Executor, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select d.id from ${eventDates} d
        where d.cancelled_at is null and d.starts_at > ${now.toISOString()}::timestamptz and d.confirmed_count < d.seats
          and exists (select 1 from ${registrations} r where r.date_id = d.id and r.status = 'waiting')`,
  );
  return rows.map((r) => r.id);
}

function confirmedOfLiveDates(...conditions: SQL[]) {
  return and(eq(registrations.status, 'confirmed'), isNull(registrations.anonymisedAt), isNull(eventDates.cancelledAt), ...conditions);
}

async function selectConfirmed(db: Executor, where: SQL | undefined): Promise<RegistrationRow[]> {
  const rows = await db
    .select({ registration: registrations })
    .from(registrations)
    .innerJoin(eventDates, eq(eventDates.id, registrations.dateId))
    .where(where)
    .orderBy(asc(registrations.dateId), asc(registrations.queueNumber));
  return rows.map((r) => r.registration);
}

const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;

/**
 * Confirmed people of dates that start within the reminder window. Whoever registered
 * inside the window has just had the receipt with the same details and gets no reminder.
 */
export async function listDueReminders(db: Executor, now: Date, hours: number): Promise<RegistrationRow[]> {
  return selectConfirmed(
    db,
    confirmedOfLiveDates(
      sql`${eventDates.startsAt} > ${at(now)}`,
      sql`${eventDates.startsAt} <= ${at(now)} + make_interval(hours => ${hours})`,
      sql`${registrations.createdAt} <= ${eventDates.startsAt} - make_interval(hours => ${hours})`,
    ),
  );
}

/** Confirmed people of online dates whose stream link is due: from shortly before the start until the end. */
export async function listDueStreamLinks(db: Executor, now: Date, minutes: number): Promise<RegistrationRow[]> {
  return selectConfirmed(
    db,
    confirmedOfLiveDates(
      sql`${eventDates.online}`,
      sql`coalesce(${eventDates.streamUrl}, '') <> ''`,
      sql`${eventDates.startsAt} <= ${at(now)} + make_interval(mins => ${minutes})`,
      sql`${eventDates.endsAt} > ${at(now)}`,
    ),
  );
}
