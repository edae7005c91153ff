import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import {
  strategies,
  strategyActors,
  strategyAnswers,
  strategyComments,
  strategyDimensions,
  strategyGoals,
  strategyMeasureSolutions,
  strategyMeasureUpdates,
  strategyMeasures,
  strategyParticipation,
  strategyQuestions,
} from './core/tables.ts';

/*
 * The demo content's inserts. A row that is already there stays as it is (an editor may have
 * changed a dimension, a manager their strategy), so the seed can run on every start.
 */

/** True when the dimension is new; false when its id or its slug is taken, and then its questions are left alone too. */
export async function insertDemoDimension(tx: Executor, values: typeof strategyDimensions.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(strategyDimensions).values(values).onConflictDoNothing().returning({ id: strategyDimensions.id });
  return rows.length > 0;
}

export async function insertDemoQuestions(tx: Executor, rows: (typeof strategyQuestions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyQuestions).values(rows).onConflictDoNothing();
}

/** Which of these questions exist (an answer needs its question). */
export async function listExistingQuestionIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: strategyQuestions.id }).from(strategyQuestions).where(inArray(strategyQuestions.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** True when the strategy is new; false when the organisation has one already, which the seed then leaves alone. */
export async function insertDemoStrategy(tx: Executor, values: typeof strategies.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(strategies).values(values).onConflictDoNothing().returning({ id: strategies.id });
  return rows.length > 0;
}

export async function insertDemoAnswers(tx: Executor, rows: (typeof strategyAnswers.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyAnswers).values(rows).onConflictDoNothing();
}

export async function insertDemoGoals(tx: Executor, rows: (typeof strategyGoals.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyGoals).values(rows).onConflictDoNothing();
}

export async function insertDemoMeasures(tx: Executor, rows: (typeof strategyMeasures.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyMeasures).values(rows).onConflictDoNothing();
}

export async function insertDemoMeasureSolutions(tx: Executor, rows: (typeof strategyMeasureSolutions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyMeasureSolutions).values(rows).onConflictDoNothing();
}

export async function insertDemoUpdates(tx: Executor, rows: (typeof strategyMeasureUpdates.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyMeasureUpdates).values(rows).onConflictDoNothing();
}

export async function insertDemoActors(tx: Executor, rows: (typeof strategyActors.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyActors).values(rows).onConflictDoNothing();
}

export async function insertDemoParticipation(tx: Executor, rows: (typeof strategyParticipation.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyParticipation).values(rows).onConflictDoNothing();
}

export async function insertDemoComments(tx: Executor, rows: (typeof strategyComments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(strategyComments).values(rows).onConflictDoNothing();
}
