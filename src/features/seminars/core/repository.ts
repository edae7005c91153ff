import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { seminarAttendance, seminarMaterials, seminarModules, seminarRegistrations, seminarSeries, seminarSessions } from './tables.ts';

/*
 * The rows every part of the seminar series reads: the series, its modules with their
 * sessions and materials, a person's registrations and attendance. Each part keeps its other
 * queries in its own repository.
 */

export type SeriesRow = typeof seminarSeries.$inferSelect;
export type ModuleRow = typeof seminarModules.$inferSelect;
export type SessionRow = typeof seminarSessions.$inferSelect;
export type MaterialRow = typeof seminarMaterials.$inferSelect;
export type SeminarRegistrationRow = typeof seminarRegistrations.$inferSelect;

export async function findSeriesBySlug(db: Executor, slug: string): Promise<SeriesRow | undefined> {
  const [row] = await db.select().from(seminarSeries).where(eq(seminarSeries.slug, slug));
  return row;
}

export async function findSeriesById(db: Executor, id: string): Promise<SeriesRow | undefined> {
  const [row] = await db.select().from(seminarSeries).where(eq(seminarSeries.id, id));
  return row;
}

/** Locks the series' row for a change that counts its seats or orders its modules. */
export async function lockSeries(tx: Executor, id: string): Promise<SeriesRow | undefined> {
  const [row] = await tx.select().from(seminarSeries).where(eq(seminarSeries.id, id)).for('update');
  return row;
}

export async function listModules(db: Executor, seriesId: string): Promise<ModuleRow[]> {
  return db.select().from(seminarModules).where(eq(seminarModules.seriesId, seriesId)).orderBy(asc(seminarModules.position));
}

export async function findModule(db: Executor, seriesId: string, moduleId: string): Promise<ModuleRow | undefined> {
  const [row] = await db
    .select()
    .from(seminarModules)
    .where(and(eq(seminarModules.seriesId, seriesId), eq(seminarModules.id, moduleId)));
  return row;
}

/** Locks a module's row for a change that counts its seats. */
export async function lockModule(tx: Executor, moduleId: string): Promise<ModuleRow | undefined> {
  const [row] = await tx.select().from(seminarModules).where(eq(seminarModules.id, moduleId)).for('update');
  return row;
}

export async function listSessionsOfModules(db: Executor, moduleIds: string[]): Promise<SessionRow[]> {
  if (moduleIds.length === 0) return [];
  return db.select().from(seminarSessions).where(inArray(seminarSessions.moduleId, moduleIds)).orderBy(asc(seminarSessions.startsAt));
}

export async function listMaterialsOfModules(db: Executor, moduleIds: string[]): Promise<MaterialRow[]> {
  if (moduleIds.length === 0) return [];
  return db
    .select()
    .from(seminarMaterials)
    .where(inArray(seminarMaterials.moduleId, moduleIds))
    .orderBy(asc(seminarMaterials.moduleId), asc(seminarMaterials.position));
}

/** The modules of a series whose materials include this knowledge item. */
export async function listModulesWithMaterial(db: Executor, seriesId: string, knowledgeItemId: string): Promise<ModuleRow[]> {
  return db
    .select({ module: seminarModules })
    .from(seminarMaterials)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarMaterials.moduleId))
    .where(and(eq(seminarModules.seriesId, seriesId), eq(seminarMaterials.knowledgeItemId, knowledgeItemId)))
    .then((rows) => rows.map((r) => r.module));
}

/** A person's live (confirmed or waiting) registrations for a series: one for the series, or one per module. */
export async function listLiveRegistrationsOf(db: Executor, seriesId: string, userId: string): Promise<SeminarRegistrationRow[]> {
  return db
    .select()
    .from(seminarRegistrations)
    .where(and(eq(seminarRegistrations.seriesId, seriesId), eq(seminarRegistrations.userId, userId), ne(seminarRegistrations.status, 'cancelled')))
    .orderBy(asc(seminarRegistrations.createdAt));
}

/** How many people hold a seat in a scope ('series' or a module's id). */
export async function countConfirmed(db: Executor, seriesId: string, scope: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(seminarRegistrations)
    .where(and(eq(seminarRegistrations.seriesId, seriesId), eq(seminarRegistrations.scope, scope), eq(seminarRegistrations.status, 'confirmed')));
  return row?.n ?? 0;
}

/** The modules of a series a person attended (checked in by the editors). */
export async function listAttendedModuleIds(db: Executor, seriesId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ moduleId: seminarAttendance.moduleId })
    .from(seminarAttendance)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarAttendance.moduleId))
    .where(and(eq(seminarModules.seriesId, seriesId), eq(seminarAttendance.userId, userId)));
  return rows.map((r) => r.moduleId);
}
