import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { strategyMeasureKnowledge, strategyMeasures, strategyMeasureSolutions, strategyMeasureUpdates } from '../core/tables.ts';

export type MeasureRow = typeof strategyMeasures.$inferSelect;
export type MeasureValues = Omit<typeof strategyMeasures.$inferInsert, 'id' | 'strategyId' | 'position' | 'createdAt' | 'updatedAt'>;
export type MeasureUpdateRow = typeof strategyMeasureUpdates.$inferSelect;

export async function listMeasures(db: Executor, strategyId: string): Promise<MeasureRow[]> {
  return db.select().from(strategyMeasures).where(eq(strategyMeasures.strategyId, strategyId)).orderBy(asc(strategyMeasures.position));
}

/** A measure only under its own strategy: another organisation's id finds nothing. */
export async function findMeasure(db: Executor, strategyId: string, id: string): Promise<MeasureRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyMeasures)
    .where(and(eq(strategyMeasures.strategyId, strategyId), eq(strategyMeasures.id, id)));
  return row;
}

export async function lockMeasure(tx: Executor, strategyId: string, id: string): Promise<MeasureRow | undefined> {
  const [row] = await tx
    .select()
    .from(strategyMeasures)
    .where(and(eq(strategyMeasures.strategyId, strategyId), eq(strategyMeasures.id, id)))
    .for('update');
  return row;
}

/** A new measure at the end of the strategy's list (the caller holds the strategy's lock). */
export async function insertMeasure(tx: Executor, strategyId: string, values: MeasureValues): Promise<MeasureRow> {
  const [row] = await tx
    .insert(strategyMeasures)
    .values({
      ...values,
      strategyId,
      position: sql`(select coalesce(max(position), 0) + 1 from strategy_measures where strategy_id = ${strategyId})`,
    })
    .returning();
  return row!;
}

export async function updateMeasureRow(tx: Executor, id: string, values: Partial<MeasureValues>): Promise<MeasureRow> {
  const [row] = await tx
    .update(strategyMeasures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(strategyMeasures.id, id))
    .returning();
  return row!;
}

export async function deleteMeasureRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(strategyMeasures).where(eq(strategyMeasures.id, id));
}

/** Replaces the measure's links to solutions and knowledge items with the given ones. */
export async function replaceLinks(tx: Executor, measureId: string, solutionIds: string[], knowledgeIds: string[]): Promise<void> {
  await tx.delete(strategyMeasureSolutions).where(eq(strategyMeasureSolutions.measureId, measureId));
  await tx.delete(strategyMeasureKnowledge).where(eq(strategyMeasureKnowledge.measureId, measureId));
  if (solutionIds.length > 0) await tx.insert(strategyMeasureSolutions).values(solutionIds.map((solutionId) => ({ measureId, solutionId })));
  if (knowledgeIds.length > 0) await tx.insert(strategyMeasureKnowledge).values(knowledgeIds.map((itemId) => ({ measureId, itemId })));
}

export async function listLinks(db: Executor, measureId: string): Promise<{ solutionIds: string[]; knowledgeIds: string[] }> {
  const solutions = await db
    .select({ id: strategyMeasureSolutions.solutionId })
    .from(strategyMeasureSolutions)
    .where(eq(strategyMeasureSolutions.measureId, measureId));
  const knowledge = await db
    .select({ id: strategyMeasureKnowledge.itemId })
    .from(strategyMeasureKnowledge)
    .where(eq(strategyMeasureKnowledge.measureId, measureId));
  return { solutionIds: solutions.map((r) => r.id), knowledgeIds: knowledge.map((r) => r.id) };
}

export async function insertUpdate(tx: Executor, values: typeof strategyMeasureUpdates.$inferInsert): Promise<MeasureUpdateRow> {
  const [row] = await tx.insert(strategyMeasureUpdates).values(values).returning();
  return row!;
}

/** A measure's progress reports, newest first. */
export async function listUpdates(db: Executor, measureId: string): Promise<MeasureUpdateRow[]> {
  return db
    .select()
    .from(strategyMeasureUpdates)
    .where(eq(strategyMeasureUpdates.measureId, measureId))
    .orderBy(desc(strategyMeasureUpdates.createdAt), desc(strategyMeasureUpdates.id));
}

/** The newest reported value of each measure's indicator, by measure id. */
export async function latestValues(db: Executor, measureIds: string[]): Promise<Map<string, string>> {
  if (measureIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([strategyMeasureUpdates.measureId], { measureId: strategyMeasureUpdates.measureId, value: strategyMeasureUpdates.value })
    .from(strategyMeasureUpdates)
    .where(and(inArray(strategyMeasureUpdates.measureId, measureIds), sql`${strategyMeasureUpdates.value} is not null`))
    .orderBy(strategyMeasureUpdates.measureId, desc(strategyMeasureUpdates.createdAt));
  return new Map(rows.map((r) => [r.measureId, r.value!]));
}
