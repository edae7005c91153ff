import { and, asc, desc, eq, inArray, like, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { ModuleRow, SeriesRow, SessionRow } from '../core/repository.ts';
import { seminarAttendance, seminarMaterials, seminarModules, seminarRegistrations, seminarSeries, seminarSessions } from '../core/tables.ts';

/* The editors' queries: the list of series, and the changes to a series, its modules, sessions and materials. */

export interface SeriesListRow {
  id: string;
  title: string;
  status: SeriesRow['status'];
  startYear: number;
  endYear: number;
  modules: number;
  registrations: number;
}

/** Every series, the newest first, with how many modules and live registrations it has. */
export async function listSeriesWithCounts(db: Executor): Promise<SeriesListRow[]> {
  return db
    .select({
      id: seminarSeries.id,
      title: seminarSeries.title,
      status: seminarSeries.status,
      startYear: seminarSeries.startYear,
      endYear: seminarSeries.endYear,
      modules: sql<number>`(select count(*)::int from ${seminarModules} where ${seminarModules.seriesId} = ${seminarSeries.id})`,
      registrations: sql<number>`(select count(*)::int from ${seminarRegistrations} where ${seminarRegistrations.seriesId} = ${seminarSeries.id} and ${seminarRegistrations.status} <> 'cancelled')`,
    })
    .from(seminarSeries)
    .orderBy(desc(seminarSeries.startYear), asc(seminarSeries.title));
}

/** The slugs taken by `base` and `base-…`, to find a free one. */
export async function listSlugsLike(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: seminarSeries.slug })
    .from(seminarSeries)
    .where(or(eq(seminarSeries.slug, base), like(seminarSeries.slug, `${base}-%`)));
  return new Set(rows.map((r) => r.slug));
}

type SeriesValues = Omit<typeof seminarSeries.$inferInsert, 'id' | 'slug' | 'status' | 'createdBy' | 'createdAt' | 'updatedAt' | 'publishedAt'>;

export async function insertSeries(tx: Executor, values: SeriesValues & { slug: string; createdBy: string }): Promise<SeriesRow> {
  const [row] = await tx.insert(seminarSeries).values(values).returning();
  return row!;
}

export async function updateSeriesRow(tx: Executor, id: string, values: SeriesValues): Promise<SeriesRow> {
  const [row] = await tx
    .update(seminarSeries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(seminarSeries.id, id))
    .returning();
  return row!;
}

export async function setSeriesStatus(tx: Executor, id: string, status: SeriesRow['status'], publishedAt: Date | null): Promise<SeriesRow> {
  const [row] = await tx.update(seminarSeries).set({ status, publishedAt, updatedAt: new Date() }).where(eq(seminarSeries.id, id)).returning();
  return row!;
}

/** Marks the series changed when one of its modules, sessions or materials changed. */
export async function touchSeries(tx: Executor, id: string): Promise<void> {
  await tx.update(seminarSeries).set({ updatedAt: new Date() }).where(eq(seminarSeries.id, id));
}

/** Whether some module of the series has a session: what publishing needs. */
export async function hasModuleWithSession(db: Executor, seriesId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: seminarSessions.id })
    .from(seminarSessions)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarSessions.moduleId))
    .where(eq(seminarModules.seriesId, seriesId))
    .limit(1);
  return row !== undefined;
}

type ModuleValues = Omit<typeof seminarModules.$inferInsert, 'id' | 'seriesId' | 'position'>;

export async function insertModule(tx: Executor, seriesId: string, values: ModuleValues): Promise<ModuleRow> {
  const [last] = await tx
    .select({ position: sql<number>`coalesce(max(${seminarModules.position}), 0)::int` })
    .from(seminarModules)
    .where(eq(seminarModules.seriesId, seriesId));
  const [row] = await tx
    .insert(seminarModules)
    .values({ ...values, seriesId, position: (last?.position ?? 0) + 1 })
    .returning();
  return row!;
}

export async function updateModuleRow(tx: Executor, moduleId: string, values: ModuleValues): Promise<ModuleRow> {
  const [row] = await tx.update(seminarModules).set(values).where(eq(seminarModules.id, moduleId)).returning();
  return row!;
}

export async function setModulePosition(tx: Executor, moduleId: string, position: number): Promise<void> {
  await tx.update(seminarModules).set({ position }).where(eq(seminarModules.id, moduleId));
}

export async function deleteModule(tx: Executor, moduleId: string): Promise<void> {
  await tx.delete(seminarModules).where(eq(seminarModules.id, moduleId));
}

/** Whether anyone registered for the module (and did not cancel) or attended it. */
export async function moduleHasPeople(db: Executor, moduleId: string): Promise<boolean> {
  const [registered] = await db
    .select({ id: seminarRegistrations.id })
    .from(seminarRegistrations)
    .where(and(eq(seminarRegistrations.moduleId, moduleId), ne(seminarRegistrations.status, 'cancelled')))
    .limit(1);
  if (registered) return true;
  const [attended] = await db.select({ userId: seminarAttendance.userId }).from(seminarAttendance).where(eq(seminarAttendance.moduleId, moduleId)).limit(1);
  return attended !== undefined;
}

type SessionValues = Omit<typeof seminarSessions.$inferInsert, 'id' | 'moduleId'>;

export async function findSession(db: Executor, moduleId: string, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(seminarSessions)
    .where(and(eq(seminarSessions.moduleId, moduleId), eq(seminarSessions.id, sessionId)));
  return row;
}

export async function insertSession(tx: Executor, moduleId: string, values: SessionValues): Promise<SessionRow> {
  const [row] = await tx
    .insert(seminarSessions)
    .values({ ...values, moduleId })
    .returning();
  return row!;
}

export async function updateSessionRow(tx: Executor, sessionId: string, values: SessionValues): Promise<SessionRow> {
  const [row] = await tx.update(seminarSessions).set(values).where(eq(seminarSessions.id, sessionId)).returning();
  return row!;
}

export async function deleteSession(tx: Executor, sessionId: string): Promise<void> {
  await tx.delete(seminarSessions).where(eq(seminarSessions.id, sessionId));
}

/** Adds a material at the end of the module's list; false when it is there already. */
export async function insertMaterial(tx: Executor, moduleId: string, knowledgeItemId: string): Promise<boolean> {
  const [last] = await tx
    .select({ position: sql<number>`coalesce(max(${seminarMaterials.position}), 0)::int` })
    .from(seminarMaterials)
    .where(eq(seminarMaterials.moduleId, moduleId));
  const rows = await tx
    .insert(seminarMaterials)
    .values({ moduleId, knowledgeItemId, position: (last?.position ?? 0) + 1 })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

/** Removes a material; false when the module did not have it. */
export async function deleteMaterial(tx: Executor, moduleId: string, knowledgeItemId: string): Promise<boolean> {
  const rows = await tx
    .delete(seminarMaterials)
    .where(and(eq(seminarMaterials.moduleId, moduleId), eq(seminarMaterials.knowledgeItemId, knowledgeItemId)))
    .returning();
  return rows.length > 0;
}

/** How many materials each of these modules has. */
export async function countMaterials(db: Executor, moduleIds: string[]): Promise<Map<string, number>> {
  if (moduleIds.length === 0) return new Map();
  const rows = await db
    .select({ moduleId: seminarMaterials.moduleId, n: sql<number>`count(*)::int` })
    .from(seminarMaterials)
    .where(inArray(seminarMaterials.moduleId, moduleIds))
    .groupBy(seminarMaterials.moduleId);
  return new Map(rows.map((r) => [r.moduleId, r.n]));
}
