import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { worldCafeContributions, worldCafeQuestions } from '../core/tables.ts';

export type ContributionRow = typeof worldCafeContributions.$inferSelect;

/** Every contribution to the event's questions, oldest first within each question. */
export async function listContributionsOfEvent(db: Executor, eventId: string): Promise<ContributionRow[]> {
  const rows = await db
    .select({ contribution: worldCafeContributions })
    .from(worldCafeContributions)
    .innerJoin(worldCafeQuestions, eq(worldCafeQuestions.id, worldCafeContributions.questionId))
    .where(eq(worldCafeQuestions.eventId, eventId))
    .orderBy(asc(worldCafeQuestions.position), asc(worldCafeContributions.createdAt), asc(worldCafeContributions.id));
  return rows.map((r) => r.contribution);
}

export async function insertContribution(
  db: Executor,
  values: { questionId: string; userId: string; authorName: string; body: string },
): Promise<ContributionRow> {
  const rows = await db.insert(worldCafeContributions).values(values).returning();
  return rows[0]!;
}

/** Removes a contribution, but only one to a question of this event. */
export async function deleteContributionOfEvent(db: Executor, eventId: string, contributionId: string): Promise<ContributionRow | undefined> {
  const owned = await db
    .select({ id: worldCafeContributions.id })
    .from(worldCafeContributions)
    .innerJoin(worldCafeQuestions, eq(worldCafeQuestions.id, worldCafeContributions.questionId))
    .where(and(eq(worldCafeContributions.id, contributionId), eq(worldCafeQuestions.eventId, eventId)));
  if (owned.length === 0) return undefined;
  const rows = await db.delete(worldCafeContributions).where(eq(worldCafeContributions.id, contributionId)).returning();
  return rows[0];
}

/** Sets the result text; a publication time makes it public, null takes it back. */
export async function updateQuestionResult(db: Executor, questionId: string, patch: { result?: string; resultPublishedAt: Date | null }): Promise<void> {
  await db.update(worldCafeQuestions).set(patch).where(eq(worldCafeQuestions.id, questionId));
}

export async function listContributionsOfUser(db: Executor, userId: string): Promise<(ContributionRow & { question: string })[]> {
  const rows = await db
    .select({ contribution: worldCafeContributions, question: worldCafeQuestions.question })
    .from(worldCafeContributions)
    .innerJoin(worldCafeQuestions, eq(worldCafeQuestions.id, worldCafeContributions.questionId))
    .where(eq(worldCafeContributions.userId, userId))
    .orderBy(asc(worldCafeContributions.createdAt));
  return rows.map((r) => ({ ...r.contribution, question: r.question }));
}

/** The words stay (they belong to the shared result), the person is no longer named. */
export async function detachContributionsOfUser(db: Executor, userId: string, authorName: string): Promise<void> {
  await db.update(worldCafeContributions).set({ userId: null, authorName }).where(eq(worldCafeContributions.userId, userId));
}
