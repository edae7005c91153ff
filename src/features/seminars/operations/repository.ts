import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { seminarAttendance, seminarFeedback, seminarModules, seminarRegistrations, seminarSeries, seminarSessions } from '../core/tables.ts';
import type { SeminarRegistrationRow } from '../core/repository.ts';

/** A live registration with the person's name and address, as the editors' lists show it. */
export interface ParticipantRow {
  registration: SeminarRegistrationRow;
  displayName: string;
  email: string;
}

/** Every live registration of a series: the confirmed first, then the waiting list, each in the order they came in. */
export async function listLiveRegistrationsOfSeries(db: Executor, seriesId: string): Promise<ParticipantRow[]> {
  return db
    .select({ registration: seminarRegistrations, displayName: users.displayName, email: users.email })
    .from(seminarRegistrations)
    .innerJoin(users, eq(users.id, seminarRegistrations.userId))
    .where(and(eq(seminarRegistrations.seriesId, seriesId), ne(seminarRegistrations.status, 'cancelled')))
    .orderBy(sql`case when ${seminarRegistrations.status} = 'confirmed' then 0 else 1 end`, asc(seminarRegistrations.createdAt), asc(seminarRegistrations.id));
}

/** Those with a seat in a scope ('series' or a module's id), by name. */
export async function listConfirmedOfScope(db: Executor, seriesId: string, scope: string): Promise<ParticipantRow[]> {
  return db
    .select({ registration: seminarRegistrations, displayName: users.displayName, email: users.email })
    .from(seminarRegistrations)
    .innerJoin(users, eq(users.id, seminarRegistrations.userId))
    .where(and(eq(seminarRegistrations.seriesId, seriesId), eq(seminarRegistrations.scope, scope), eq(seminarRegistrations.status, 'confirmed')))
    .orderBy(asc(users.displayName), asc(seminarRegistrations.id));
}

/** A person's seat in a scope; undefined when they hold none (waiting, cancelled, never registered). */
export async function findConfirmedInScope(db: Executor, seriesId: string, scope: string, userId: string): Promise<SeminarRegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(seminarRegistrations)
    .where(
      and(
        eq(seminarRegistrations.seriesId, seriesId),
        eq(seminarRegistrations.scope, scope),
        eq(seminarRegistrations.userId, userId),
        eq(seminarRegistrations.status, 'confirmed'),
      ),
    );
  return row;
}

export interface AttendanceRow {
  moduleId: string;
  userId: string;
  checkedInAt: Date;
}

export async function listAttendanceOfModules(db: Executor, moduleIds: string[]): Promise<AttendanceRow[]> {
  if (moduleIds.length === 0) return [];
  return db
    .select({ moduleId: seminarAttendance.moduleId, userId: seminarAttendance.userId, checkedInAt: seminarAttendance.checkedInAt })
    .from(seminarAttendance)
    .where(inArray(seminarAttendance.moduleId, moduleIds));
}

/** Records the person present; false when they were already (the first check-in stays). */
export async function insertAttendance(tx: Executor, values: { moduleId: string; userId: string; checkedInBy: string; now: Date }): Promise<boolean> {
  const rows = await tx
    .insert(seminarAttendance)
    .values({ moduleId: values.moduleId, userId: values.userId, checkedInBy: values.checkedInBy, checkedInAt: values.now })
    .onConflictDoNothing()
    .returning({ userId: seminarAttendance.userId });
  return rows.length > 0;
}

/** Takes the person's attendance back; false when there was none. */
export async function deleteAttendance(tx: Executor, moduleId: string, userId: string): Promise<boolean> {
  const rows = await tx
    .delete(seminarAttendance)
    .where(and(eq(seminarAttendance.moduleId, moduleId), eq(seminarAttendance.userId, userId)))
    .returning({ userId: seminarAttendance.userId });
  return rows.length > 0;
}

export interface FeedbackRow {
  id: string;
  rating: number;
  comment: string;
  createdAt: Date;
  /** null once the person's account was deleted */
  displayName: string | null;
}

/** The answers to a pilot module, newest first. */
export async function listFeedbackOfModule(db: Executor, moduleId: string): Promise<FeedbackRow[]> {
  return db
    .select({
      id: seminarFeedback.id,
      rating: seminarFeedback.rating,
      comment: seminarFeedback.comment,
      createdAt: seminarFeedback.createdAt,
      displayName: users.displayName,
    })
    .from(seminarFeedback)
    .leftJoin(users, eq(users.id, seminarFeedback.userId))
    .where(eq(seminarFeedback.moduleId, moduleId))
    .orderBy(desc(seminarFeedback.createdAt), asc(seminarFeedback.id));
}

/* The person's part of the data export and of the account's deletion. */

export async function listRegistrationsOfUser(db: Executor, userId: string) {
  return db
    .select({ registration: seminarRegistrations, seriesTitle: seminarSeries.title, moduleTitle: seminarModules.title })
    .from(seminarRegistrations)
    .innerJoin(seminarSeries, eq(seminarSeries.id, seminarRegistrations.seriesId))
    .leftJoin(seminarModules, eq(seminarModules.id, seminarRegistrations.moduleId))
    .where(eq(seminarRegistrations.userId, userId))
    .orderBy(asc(seminarRegistrations.createdAt), asc(seminarRegistrations.id));
}

export async function listAttendanceOfUser(db: Executor, userId: string) {
  return db
    .select({ seriesTitle: seminarSeries.title, moduleTitle: seminarModules.title, checkedInAt: seminarAttendance.checkedInAt })
    .from(seminarAttendance)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarAttendance.moduleId))
    .innerJoin(seminarSeries, eq(seminarSeries.id, seminarModules.seriesId))
    .where(eq(seminarAttendance.userId, userId))
    .orderBy(asc(seminarAttendance.checkedInAt));
}

export async function listFeedbackOfUser(db: Executor, userId: string) {
  return db
    .select({
      seriesTitle: seminarSeries.title,
      moduleTitle: seminarModules.title,
      rating: seminarFeedback.rating,
      comment: seminarFeedback.comment,
      createdAt: seminarFeedback.createdAt,
    })
    .from(seminarFeedback)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarFeedback.moduleId))
    .innerJoin(seminarSeries, eq(seminarSeries.id, seminarModules.seriesId))
    .where(eq(seminarFeedback.userId, userId))
    .orderBy(asc(seminarFeedback.createdAt));
}

export async function deleteRegistrationsOfUser(tx: Executor, userId: string): Promise<void> {
  await tx.delete(seminarRegistrations).where(eq(seminarRegistrations.userId, userId));
}

export async function deleteAttendanceOfUser(tx: Executor, userId: string): Promise<void> {
  await tx.delete(seminarAttendance).where(eq(seminarAttendance.userId, userId));
}

/** Who checked others in says who the person was; the check-ins themselves stay. */
export async function unlinkCheckInsBy(tx: Executor, userId: string): Promise<void> {
  await tx.update(seminarAttendance).set({ checkedInBy: null }).where(eq(seminarAttendance.checkedInBy, userId));
}

export async function unlinkFeedbackOfUser(tx: Executor, userId: string): Promise<void> {
  await tx.update(seminarFeedback).set({ userId: null }).where(eq(seminarFeedback.userId, userId));
}

/* Retention: what a series keeps about people goes `retention_days` after its last session. */

/** Series whose last session ended more than their retention period before `now` and that still hold personal data. */
export async function listSeriesDueForRemoval(db: Executor, now: Date): Promise<string[]> {
  const lastEnd = db
    .select({ seriesId: seminarModules.seriesId, endsAt: sql<Date>`max(${seminarSessions.endsAt})`.as('ends_at') })
    .from(seminarSessions)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarSessions.moduleId))
    .groupBy(seminarModules.seriesId)
    .as('last_end');
  const holds = sql`(exists (select 1 from ${seminarRegistrations} where ${seminarRegistrations.seriesId} = ${seminarSeries.id})
    or exists (select 1 from ${seminarAttendance} join ${seminarModules} on ${seminarModules.id} = ${seminarAttendance.moduleId} where ${seminarModules.seriesId} = ${seminarSeries.id})
    or exists (select 1 from ${seminarFeedback} join ${seminarModules} on ${seminarModules.id} = ${seminarFeedback.moduleId} where ${seminarModules.seriesId} = ${seminarSeries.id}))`;
  const rows = await db
    .select({ id: seminarSeries.id })
    .from(seminarSeries)
    .innerJoin(lastEnd, eq(lastEnd.seriesId, seminarSeries.id))
    .where(
      and(isNotNull(lastEnd.endsAt), sql`${lastEnd.endsAt} + make_interval(days => ${seminarSeries.retentionDays}) < ${now.toISOString()}::timestamptz`, holds),
    );
  return rows.map((r) => r.id);
}

/** Removes a series' registrations, attendance and feedback; the counts for the audit entry. */
export async function deletePersonalDataOfSeries(tx: Executor, seriesId: string) {
  const modules = tx.select({ id: seminarModules.id }).from(seminarModules).where(eq(seminarModules.seriesId, seriesId));
  const registrations = await tx.delete(seminarRegistrations).where(eq(seminarRegistrations.seriesId, seriesId)).returning({ id: seminarRegistrations.id });
  const attendance = await tx.delete(seminarAttendance).where(inArray(seminarAttendance.moduleId, modules)).returning({ userId: seminarAttendance.userId });
  const feedback = await tx.delete(seminarFeedback).where(inArray(seminarFeedback.moduleId, modules)).returning({ id: seminarFeedback.id });
  return { registrations: registrations.length, attendance: attendance.length, feedback: feedback.length };
}
