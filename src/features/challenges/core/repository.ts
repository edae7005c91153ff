import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { challengeCriteria, challengeQuestions, challenges, challengeSubmissionFiles, challengeSubmissions } from './tables.ts';

/*
 * The rows every part of the Call for Solutions reads: a challenge with its criteria, a
 * question, a submission with its files. Each part keeps its other queries in its own repository.
 */

export type ChallengeRow = typeof challenges.$inferSelect;
export type CriterionRow = typeof challengeCriteria.$inferSelect;
export type QuestionRow = typeof challengeQuestions.$inferSelect;
export type SubmissionRow = typeof challengeSubmissions.$inferSelect;
export type SubmissionFileRow = typeof challengeSubmissionFiles.$inferSelect;

export async function findChallengeBySlug(db: Executor, slug: string): Promise<ChallengeRow | undefined> {
  const [row] = await db.select().from(challenges).where(eq(challenges.slug, slug));
  return row;
}

export async function findChallengeById(db: Executor, id: string): Promise<ChallengeRow | undefined> {
  const [row] = await db.select().from(challenges).where(eq(challenges.id, id));
  return row;
}

/** Locks the challenge's row, for a change that must see its timeline as it is at commit. */
export async function lockChallenge(tx: Executor, id: string): Promise<ChallengeRow | undefined> {
  const [row] = await tx.select().from(challenges).where(eq(challenges.id, id)).for('update');
  return row;
}

export async function listCriteria(db: Executor, challengeId: string): Promise<CriterionRow[]> {
  return db.select().from(challengeCriteria).where(eq(challengeCriteria.challengeId, challengeId)).orderBy(asc(challengeCriteria.position));
}

/** A question of this challenge; undefined for one of another challenge. */
export async function findQuestion(db: Executor, challengeId: string, questionId: string): Promise<QuestionRow | undefined> {
  const [row] = await db
    .select()
    .from(challengeQuestions)
    .where(and(eq(challengeQuestions.challengeId, challengeId), eq(challengeQuestions.id, questionId)));
  return row;
}

export async function findSubmissionById(db: Executor, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(challengeSubmissions).where(eq(challengeSubmissions.id, id));
  return row;
}

/** A submission of this challenge; undefined for one of another challenge. */
export async function findSubmissionOfChallenge(db: Executor, challengeId: string, submissionId: string): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(challengeSubmissions)
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.id, submissionId)));
  return row;
}

export async function listSubmissionFiles(db: Executor, submissionId: string): Promise<SubmissionFileRow[]> {
  return db
    .select()
    .from(challengeSubmissionFiles)
    .where(eq(challengeSubmissionFiles.submissionId, submissionId))
    .orderBy(asc(challengeSubmissionFiles.createdAt));
}
