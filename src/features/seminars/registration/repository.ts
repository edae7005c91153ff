import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import type { SeminarRegistrationRow } from '../core/repository.ts';
import { seminarFeedback, seminarRegistrations, type SeminarRegistrationStatus } from '../core/tables.ts';

/*
 * The registration part's own queries: registrations and their waiting list, feedback, and
 * the addressee of a mail.
 */

export interface NewRegistration {
  seriesId: string;
  moduleId: string | null;
  scope: string;
  userId: string;
  organisationId: string | null;
  functionStatement: string;
  status: Exclude<SeminarRegistrationStatus, 'cancelled'>;
  consentText: string;
}

/** Inserts a registration; undefined when the person has a live one in this scope (the partial unique index). */
export async function insertRegistration(tx: Executor, values: NewRegistration): Promise<SeminarRegistrationRow | undefined> {
  const [row] = await tx
    .insert(seminarRegistrations)
    .values({ ...values, confirmedAt: values.status === 'confirmed' ? new Date() : null })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A person's live registration in a scope, locked for a change of its status. */
export async function lockLiveRegistration(tx: Executor, seriesId: string, scope: string, userId: string): Promise<SeminarRegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(seminarRegistrations)
    .where(
      and(
        eq(seminarRegistrations.seriesId, seriesId),
        eq(seminarRegistrations.scope, scope),
        eq(seminarRegistrations.userId, userId),
        sql`${seminarRegistrations.status} <> 'cancelled'`,
      ),
    )
    .for('update');
  return row;
}

export async function cancelRegistrationRow(tx: Executor, id: string): Promise<SeminarRegistrationRow> {
  const [row] = await tx.update(seminarRegistrations).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(seminarRegistrations.id, id)).returning();
  if (!row) throw new Error(`seminar registration ${id} vanished`);
  return row;
}

/** The longest waiting registration of a scope, locked, to move up. */
export async function lockFirstWaiting(tx: Executor, seriesId: string, scope: string): Promise<SeminarRegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(seminarRegistrations)
    .where(and(eq(seminarRegistrations.seriesId, seriesId), eq(seminarRegistrations.scope, scope), eq(seminarRegistrations.status, 'waiting')))
    .orderBy(asc(seminarRegistrations.createdAt), asc(seminarRegistrations.id))
    .limit(1)
    .for('update');
  return row;
}

export async function confirmRegistrationRow(tx: Executor, id: string): Promise<SeminarRegistrationRow> {
  const [row] = await tx.update(seminarRegistrations).set({ status: 'confirmed', confirmedAt: new Date() }).where(eq(seminarRegistrations.id, id)).returning();
  if (!row) throw new Error(`seminar registration ${id} vanished`);
  return row;
}

/** A waiting registration's place on its scope's waiting list, from 1. */
export async function waitingPosition(db: Executor, registration: SeminarRegistrationRow): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(seminarRegistrations)
    .where(
      and(
        eq(seminarRegistrations.seriesId, registration.seriesId),
        eq(seminarRegistrations.scope, registration.scope),
        eq(seminarRegistrations.status, 'waiting'),
        lt(seminarRegistrations.createdAt, registration.createdAt),
      ),
    );
  return (row?.n ?? 0) + 1;
}

/** Who gets a mail: the account's address, name and language. */
export async function findAddressee(db: Executor, userId: string): Promise<{ email: string; displayName: string; locale: 'de' | 'en' } | undefined> {
  const [row] = await db.select({ email: users.email, displayName: users.displayName, locale: users.locale }).from(users).where(eq(users.id, userId));
  return row;
}

/** Inserts a person's feedback on a module; undefined when there is one already. */
export async function insertFeedback(tx: Executor, values: { moduleId: string; userId: string; rating: number; comment: string }): Promise<string | undefined> {
  const [row] = await tx.insert(seminarFeedback).values(values).onConflictDoNothing().returning({ id: seminarFeedback.id });
  return row?.id;
}

/** The modules of a series on which a person has given feedback. */
export async function listFeedbackModuleIds(db: Executor, moduleIds: string[], userId: string): Promise<string[]> {
  if (moduleIds.length === 0) return [];
  const rows = await db
    .select({ moduleId: seminarFeedback.moduleId })
    .from(seminarFeedback)
    .where(and(eq(seminarFeedback.userId, userId), inArray(seminarFeedback.moduleId, moduleIds)));
  return rows.map((r) => r.moduleId);
}
