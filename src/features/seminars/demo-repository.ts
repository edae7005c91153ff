import type { Executor } from '../../platform/db/client.ts';
import { seminarAttendance, seminarFeedback, seminarMaterials, seminarModules, seminarRegistrations, seminarSeries, seminarSessions } from './core/tables.ts';

/*
 * The demo content's inserts. The series is written once: when it is there (or a series took its
 * address), nothing of it is touched again, so what editors and participants changed stays changed.
 */

/** True when the series is new; false when its id or its slug is taken. */
export async function insertDemoSeries(tx: Executor, values: typeof seminarSeries.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(seminarSeries).values(values).onConflictDoNothing().returning({ id: seminarSeries.id });
  return rows.length > 0;
}

export async function insertDemoModules(tx: Executor, rows: (typeof seminarModules.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarModules).values(rows).onConflictDoNothing();
}

export async function insertDemoSessions(tx: Executor, rows: (typeof seminarSessions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarSessions).values(rows).onConflictDoNothing();
}

export async function insertDemoMaterials(tx: Executor, rows: (typeof seminarMaterials.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarMaterials).values(rows).onConflictDoNothing();
}

export async function insertDemoRegistrations(tx: Executor, rows: (typeof seminarRegistrations.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarRegistrations).values(rows).onConflictDoNothing();
}

export async function insertDemoAttendance(tx: Executor, rows: (typeof seminarAttendance.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarAttendance).values(rows).onConflictDoNothing();
}

export async function insertDemoFeedback(tx: Executor, rows: (typeof seminarFeedback.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(seminarFeedback).values(rows).onConflictDoNothing();
}
