import { and, asc, desc, eq, inArray, like, max, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { ChallengeRow, CriterionRow } from '../core/repository.ts';
import { challengeCriteria, challenges, type ChallengeStatus } from '../core/tables.ts';
import type { ChallengeTexts, CriterionInput } from './schema.ts';

/** The addresses taken that start with `base`, to find the first free one. */
export async function listSlugsLike(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: challenges.slug })
    .from(challenges)
    .where(like(challenges.slug, `${base.replace(/[\\%_]/g, '\\$&')}%`));
  return new Set(rows.map((r) => r.slug));
}

export async function insertChallenge(
  tx: Executor,
  values: ChallengeTexts & { slug: string; organisationId: string; createdBy: string },
): Promise<ChallengeRow> {
  const [row] = await tx.insert(challenges).values(values).returning();
  if (!row) throw new Error('insertChallenge: no row returned');
  return row;
}

export async function updateChallengeRow(
  tx: Executor,
  id: string,
  patch: Partial<ChallengeTexts> & {
    organisationId?: string;
    status?: ChallengeStatus;
    reviewNote?: string;
    sentForReviewAt?: Date;
    publishedAt?: Date;
    approvedBy?: string;
  },
): Promise<ChallengeRow> {
  const [row] = await tx
    .update(challenges)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(challenges.id, id))
    .returning();
  if (!row) throw new Error('updateChallengeRow: no row returned');
  return row;
}

/** The challenges of these organisations, the latest changed first. */
export async function listChallengesOfOrganisations(db: Executor, organisationIds: string[]): Promise<ChallengeRow[]> {
  if (organisationIds.length === 0) return [];
  return db.select().from(challenges).where(inArray(challenges.organisationId, organisationIds)).orderBy(desc(challenges.updatedAt));
}

/** Every challenge, by deadline; the editors' list orders them by what they need to do. */
export async function listAllChallenges(db: Executor): Promise<ChallengeRow[]> {
  return db.select().from(challenges).orderBy(asc(challenges.submissionClosesAt), asc(challenges.title));
}

export async function countCriteria(db: Executor, challengeId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(challengeCriteria).where(eq(challengeCriteria.challengeId, challengeId));
  return row?.n ?? 0;
}

/** A criterion of this challenge; undefined for one of another challenge. */
export async function findCriterion(db: Executor, challengeId: string, criterionId: string): Promise<CriterionRow | undefined> {
  const [row] = await db
    .select()
    .from(challengeCriteria)
    .where(and(eq(challengeCriteria.challengeId, challengeId), eq(challengeCriteria.id, criterionId)));
  return row;
}

/** Adds a criterion after the last one (the caller holds the challenge's lock, so positions do not clash). */
export async function insertCriterion(tx: Executor, challengeId: string, input: CriterionInput): Promise<CriterionRow> {
  const [last] = await tx
    .select({ position: max(challengeCriteria.position) })
    .from(challengeCriteria)
    .where(eq(challengeCriteria.challengeId, challengeId));
  const [row] = await tx
    .insert(challengeCriteria)
    .values({ challengeId, position: (last?.position ?? 0) + 1, ...input })
    .returning();
  if (!row) throw new Error('insertCriterion: no row returned');
  return row;
}

export async function updateCriterionRow(tx: Executor, challengeId: string, criterionId: string, input: CriterionInput): Promise<void> {
  await tx
    .update(challengeCriteria)
    .set(input)
    .where(and(eq(challengeCriteria.challengeId, challengeId), eq(challengeCriteria.id, criterionId)));
}

export async function deleteCriterionRow(tx: Executor, challengeId: string, criterionId: string): Promise<void> {
  await tx.delete(challengeCriteria).where(and(eq(challengeCriteria.challengeId, challengeId), eq(challengeCriteria.id, criterionId)));
}
