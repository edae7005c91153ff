import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { strategyActors, strategyGoals, strategyMeasures, strategyMeasureUpdates, strategyParticipation } from './tables.ts';

/* The reads of a strategy's content that review, versions, the public page and the exports share. */

export type GoalRow = typeof strategyGoals.$inferSelect;
export type MeasureRow = typeof strategyMeasures.$inferSelect;
export type ActorRow = typeof strategyActors.$inferSelect;
export type ParticipationRow = typeof strategyParticipation.$inferSelect;

export function listGoals(db: Executor, strategyId: string): Promise<GoalRow[]> {
  return db.select().from(strategyGoals).where(eq(strategyGoals.strategyId, strategyId)).orderBy(asc(strategyGoals.position));
}

export function listMeasures(db: Executor, strategyId: string): Promise<MeasureRow[]> {
  return db.select().from(strategyMeasures).where(eq(strategyMeasures.strategyId, strategyId)).orderBy(asc(strategyMeasures.position));
}

export function listActors(db: Executor, strategyId: string): Promise<ActorRow[]> {
  return db.select().from(strategyActors).where(eq(strategyActors.strategyId, strategyId)).orderBy(asc(strategyActors.position));
}

export function listParticipation(db: Executor, strategyId: string): Promise<ParticipationRow[]> {
  return db.select().from(strategyParticipation).where(eq(strategyParticipation.strategyId, strategyId)).orderBy(asc(strategyParticipation.position));
}

/** The last value reported for each of the measures (by the newest update that has one), as decimal strings. */
export async function latestReportedValues(db: Executor, measureIds: string[]): Promise<Map<string, string>> {
  if (measureIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([strategyMeasureUpdates.measureId], { measureId: strategyMeasureUpdates.measureId, value: strategyMeasureUpdates.value })
    .from(strategyMeasureUpdates)
    .where(inArray(strategyMeasureUpdates.measureId, measureIds))
    .orderBy(strategyMeasureUpdates.measureId, desc(sql`${strategyMeasureUpdates.value} is not null`), desc(strategyMeasureUpdates.createdAt));
  return new Map(rows.filter((r) => r.value !== null).map((r) => [r.measureId, r.value!]));
}
