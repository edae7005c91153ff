import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { strategyAnswers, strategyDimensions, strategyQuestions } from '../core/tables.ts';

export type DimensionRow = typeof strategyDimensions.$inferSelect;
export type QuestionRow = typeof strategyQuestions.$inferSelect;
export type AnswerRow = typeof strategyAnswers.$inferSelect;

/** Every dimension, archived ones too, in the editors' order. */
export async function listDimensions(db: Executor, options: { activeOnly: boolean }): Promise<DimensionRow[]> {
  return db
    .select()
    .from(strategyDimensions)
    .where(options.activeOnly ? isNull(strategyDimensions.archivedAt) : undefined)
    .orderBy(asc(strategyDimensions.position), asc(strategyDimensions.name));
}

/** The questions of the given dimensions in order; archived ones only when asked for. */
export async function listQuestions(db: Executor, dimensionIds: readonly string[], options: { activeOnly: boolean }): Promise<QuestionRow[]> {
  if (dimensionIds.length === 0) return [];
  return db
    .select()
    .from(strategyQuestions)
    .where(and(inArray(strategyQuestions.dimensionId, [...dimensionIds]), options.activeOnly ? isNull(strategyQuestions.archivedAt) : undefined))
    .orderBy(asc(strategyQuestions.position), asc(strategyQuestions.createdAt));
}

export async function findDimension(db: Executor, id: string): Promise<DimensionRow | undefined> {
  const [row] = await db.select().from(strategyDimensions).where(eq(strategyDimensions.id, id));
  return row;
}

export async function findDimensionBySlug(db: Executor, slug: string): Promise<DimensionRow | undefined> {
  const [row] = await db.select().from(strategyDimensions).where(eq(strategyDimensions.slug, slug));
  return row;
}

/** A question only under its dimension, so that an id from elsewhere finds nothing. */
export async function findQuestion(db: Executor, dimensionId: string, id: string): Promise<QuestionRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyQuestions)
    .where(and(eq(strategyQuestions.id, id), eq(strategyQuestions.dimensionId, dimensionId)));
  return row;
}

export async function listDimensionSlugs(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ slug: strategyDimensions.slug }).from(strategyDimensions);
  return new Set(rows.map((r) => r.slug));
}

export async function insertDimension(db: Executor, values: typeof strategyDimensions.$inferInsert): Promise<DimensionRow> {
  const [row] = await db.insert(strategyDimensions).values(values).returning();
  return row!;
}

export async function updateDimension(
  db: Executor,
  id: string,
  patch: Partial<Pick<DimensionRow, 'name' | 'description' | 'knowledgeTags' | 'position' | 'archivedAt'>>,
): Promise<DimensionRow | undefined> {
  const [row] = await db.update(strategyDimensions).set(patch).where(eq(strategyDimensions.id, id)).returning();
  return row;
}

export async function insertQuestion(db: Executor, values: typeof strategyQuestions.$inferInsert): Promise<QuestionRow> {
  const [row] = await db.insert(strategyQuestions).values(values).returning();
  return row!;
}

export async function updateQuestion(
  db: Executor,
  id: string,
  patch: Partial<Pick<QuestionRow, 'text' | 'help' | 'levels' | 'position' | 'archivedAt'>>,
): Promise<QuestionRow | undefined> {
  const [row] = await db.update(strategyQuestions).set(patch).where(eq(strategyQuestions.id, id)).returning();
  return row;
}

/** A strategy's answers to the given questions. */
export async function listAnswers(db: Executor, strategyId: string, questionIds: readonly string[]): Promise<AnswerRow[]> {
  if (questionIds.length === 0) return [];
  return db
    .select()
    .from(strategyAnswers)
    .where(and(eq(strategyAnswers.strategyId, strategyId), inArray(strategyAnswers.questionId, [...questionIds])));
}

/** Sets the answer to one question, replacing an earlier one. */
export async function upsertAnswer(db: Executor, values: { strategyId: string; questionId: string; level: number; answeredBy: string }): Promise<void> {
  await db
    .insert(strategyAnswers)
    .values(values)
    .onConflictDoUpdate({
      target: [strategyAnswers.strategyId, strategyAnswers.questionId],
      set: { level: values.level, answeredBy: values.answeredBy, answeredAt: new Date() },
    });
}

export async function deleteAnswers(db: Executor, strategyId: string, questionIds: readonly string[]): Promise<void> {
  if (questionIds.length === 0) return;
  await db.delete(strategyAnswers).where(and(eq(strategyAnswers.strategyId, strategyId), inArray(strategyAnswers.questionId, [...questionIds])));
}
