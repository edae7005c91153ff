import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { eventDates, eventMessages, registrations, type RegistrationStatus } from '../core/tables.ts';

export type RegistrationRow = typeof registrations.$inferSelect;
export type MessageRow = typeof eventMessages.$inferSelect & { sentByName: string | null };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Part of the name (first, last or both), the e-mail address or the reference. */
function matchesPerson(text: string | undefined): SQL | undefined {
  const words = (text ?? '').trim();
  if (!words) return undefined;
  const pattern = `%${escapeLike(words)}%`;
  return or(
    ilike(sql`${registrations.firstName} || ' ' || ${registrations.lastName}`, pattern),
    ilike(sql`${registrations.lastName} || ' ' || ${registrations.firstName}`, pattern),
    ilike(registrations.email, pattern),
    // References are printed in capitals with dashes; people type them any way.
    ilike(sql`replace(${registrations.reference}, '-', '')`, `%${escapeLike(words.replace(/[\s-]/g, ''))}%`),
  );
}

export interface RegistrationCounts {
  confirmed: number;
  waiting: number;
  offered: number;
  held: number;
  cancelled: number;
  checkedIn: number;
}

export async function countRegistrations(db: Executor, dateId: string): Promise<RegistrationCounts> {
  const rows = await queryRows<{ [K in keyof RegistrationCounts]: number }>(
    db,
    sql`select
          count(*) filter (where status = 'confirmed')::int as "confirmed",
          count(*) filter (where status = 'waiting')::int as "waiting",
          count(*) filter (where status = 'offered')::int as "offered",
          count(*) filter (where status = 'held')::int as "held",
          count(*) filter (where status = 'cancelled')::int as "cancelled",
          count(*) filter (where status = 'confirmed' and checked_in_at is not null)::int as "checkedIn"
        from ${registrations} where date_id = ${dateId}`,
  );
  return rows[0] ?? { confirmed: 0, waiting: 0, offered: 0, held: 0, cancelled: 0, checkedIn: 0 };
}

/** Registrations of every date that has not yet ended, by status; for the operators' metrics. */
export async function countRegistrationsOfComingDates(db: Executor, now: Date): Promise<{ status: RegistrationStatus; count: number }[]> {
  return queryRows<{ status: RegistrationStatus; count: number }>(
    db,
    sql`select r.status as "status", count(*)::int as "count"
        from ${registrations} r join ${eventDates} d on d.id = r.date_id
        where d.ends_at >= ${now.toISOString()}::timestamptz
        group by 1`,
  );
}

/** New registrations per calendar day in Berlin, oldest first. */
export async function registrationsPerDay(db: Executor, dateId: string): Promise<{ day: string; count: number }[]> {
  return queryRows<{ day: string; count: number }>(
    db,
    sql`select to_char(created_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as "day", count(*)::int as "count"
        from ${registrations} where date_id = ${dateId}
        group by 1 order by 1`,
  );
}

/** Every registration of a date, or those matching a search, in the order they came in. */
export async function listRegistrations(db: Executor, dateId: string, search?: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), matchesPerson(search)))
    .orderBy(asc(registrations.queueNumber));
}

export async function listWaitingList(db: Executor, dateId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.queueNumber));
}

export async function findRegistrationOfDate(db: Executor, dateId: string, registrationId: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.dateId, dateId)));
  return rows[0];
}

/** Registrations of one or more dates for an export, date by date in the order they came in. */
export async function listRegistrationsOfDates(db: Executor, dateIds: string[]): Promise<RegistrationRow[]> {
  if (dateIds.length === 0) return [];
  return db
    .select({ registration: registrations })
    .from(registrations)
    .innerJoin(eventDates, eq(eventDates.id, registrations.dateId))
    .where(inArray(registrations.dateId, dateIds))
    .orderBy(asc(eventDates.startsAt), asc(registrations.queueNumber))
    .then((rows) => rows.map((r) => r.registration));
}

/** Confirmed participants by name, for the sign-in list and the check-in page. */
export async function listConfirmed(db: Executor, dateId: string, search?: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), eq(registrations.status, 'confirmed'), matchesPerson(search)))
    .orderBy(asc(sql`lower(${registrations.lastName})`), asc(sql`lower(${registrations.firstName})`), asc(registrations.reference));
}

// ---- check-in ----------------------------------------------------------------------------

/** Marks a confirmed participant present; a second check-in keeps the first time. */
export async function setCheckedIn(db: Executor, dateId: string, registrationId: string, at: Date): Promise<RegistrationRow | undefined> {
  const rows = await db
    .update(registrations)
    .set({ checkedInAt: sql`coalesce(${registrations.checkedInAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(registrations.id, registrationId), eq(registrations.dateId, dateId), eq(registrations.status, 'confirmed')))
    .returning();
  return rows[0];
}

export async function clearCheckedIn(db: Executor, dateId: string, registrationId: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .update(registrations)
    .set({ checkedInAt: null })
    .where(and(eq(registrations.id, registrationId), eq(registrations.dateId, dateId), isNotNull(registrations.checkedInAt)))
    .returning();
  return rows[0];
}

// ---- messages ----------------------------------------------------------------------------

const RECIPIENT_STATUSES: RegistrationStatus[] = ['confirmed', 'offered'];

/** Everyone who holds or is offered a seat: they are the ones a message concerns. */
export async function listMessageRecipients(db: Executor, dateId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.dateId, dateId), inArray(registrations.status, RECIPIENT_STATUSES), isNull(registrations.anonymisedAt)))
    .orderBy(asc(registrations.queueNumber));
}

export async function insertMessage(
  db: Executor,
  values: { dateId: string; subject: string; body: string; recipientCount: number; sentBy: string },
): Promise<typeof eventMessages.$inferSelect> {
  const rows = await db.insert(eventMessages).values(values).returning();
  return rows[0]!;
}

export async function listMessages(db: Executor, dateId: string): Promise<MessageRow[]> {
  const rows = await db
    .select({ message: eventMessages, sentByName: users.displayName })
    .from(eventMessages)
    .leftJoin(users, eq(users.id, eventMessages.sentBy))
    .where(eq(eventMessages.dateId, dateId))
    .orderBy(sql`${eventMessages.sentAt} desc`);
  return rows.map((r) => ({ ...r.message, sentByName: r.sentByName }));
}

// ---- retention ---------------------------------------------------------------------------

/** Dates whose retention period is over and whose registrations still hold personal data. */
export async function listDatesDueForAnonymisation(db: Executor, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select d.id from ${eventDates} d join events e on e.id = d.event_id
        where d.anonymised_at is null
          and d.ends_at + make_interval(days => e.retention_days) <= ${now.toISOString()}::timestamptz
        order by d.ends_at`,
  );
  return rows.map((r) => r.id);
}

/**
 * Replaces every personal field of a date's registrations and marks the date. Status,
 * check-in time and queue order stay, so the counts of the event remain true.
 */
export async function anonymiseRegistrationsOfDate(db: Executor, dateId: string, now: Date): Promise<number> {
  const rows = await db
    .update(registrations)
    .set({
      salutation: null,
      firstName: '–',
      lastName: '–',
      email: sql`'anonymisiert-' || ${registrations.id}::text || '@invalid'`,
      organisation: '',
      role: '',
      answers: {},
      accessibilityNeeds: null,
      userId: null,
      anonymisedAt: now,
    })
    .where(and(eq(registrations.dateId, dateId), isNull(registrations.anonymisedAt)))
    .returning({ id: registrations.id });
  return rows.length;
}

/** Only the first run sets the time; later runs change nothing. */
export async function markDateAnonymised(db: Executor, dateId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(eventDates)
    .set({ anonymisedAt: now })
    .where(and(eq(eventDates.id, dateId), isNull(eventDates.anonymisedAt)))
    .returning({ id: eventDates.id });
  return rows.length > 0;
}

// ---- a person's own data -----------------------------------------------------------------

/**
 * Registrations linked to the account: made while signed in, or claimed through their own
 * manage link. Never by a matching address: whoever changes their account's address to
 * someone else's must not see that person's registrations.
 */
export async function listRegistrationsOfUser(db: Executor, userId: string): Promise<RegistrationRow[]> {
  return db.select().from(registrations).where(eq(registrations.userId, userId)).orderBy(asc(registrations.createdAt));
}

export async function unlinkRegistrationsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(registrations).set({ userId: null }).where(eq(registrations.userId, userId));
}
