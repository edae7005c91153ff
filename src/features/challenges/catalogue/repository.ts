import { and, arrayContains, asc, count, desc, eq, gt, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';
import type { ListState } from '../core/rules.ts';
import { challengeQuestions, challenges, challengeSubmissions } from '../core/tables.ts';

export interface ListFilter {
  state: ListState | undefined;
  /** slug of a field of action */
  field: string | undefined;
}

/**
 * The list's states in SQL, as `listState(challengePhase(c, now))` decides them for a published
 * challenge: decided once the winners are out, open (or about to open) until the deadline,
 * closed from the deadline on. rules.ts stays the reference; the list test checks both agree.
 */
function stateCondition(state: ListState, now: Date): SQL | undefined {
  switch (state) {
    case 'decided':
      return isNotNull(challenges.decidedAt);
    case 'open':
      return and(isNull(challenges.decidedAt), gt(challenges.submissionClosesAt, now));
    case 'closed':
      return and(isNull(challenges.decidedAt), lte(challenges.submissionClosesAt, now));
  }
}

function listCondition(filter: ListFilter, now: Date): SQL | undefined {
  return and(
    eq(challenges.status, 'published'),
    filter.state ? stateCondition(filter.state, now) : undefined,
    filter.field ? arrayContains(challenges.fieldsOfAction, [filter.field]) : undefined,
  );
}

export async function countPublishedChallenges(db: Executor, filter: ListFilter, now: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(challenges).where(listCondition(filter, now));
  return Number(row?.n ?? 0);
}

/** Published challenges: open ones first, then closed, then decided; the newest deadline first within each. */
export async function listPublishedChallenges(
  db: Executor,
  options: { filter: ListFilter; now: Date; limit: number; offset: number },
): Promise<ChallengeRow[]> {
  const at = options.now.toISOString();
  const stateRank = sql`case when ${challenges.decidedAt} is not null then 2 when ${challenges.submissionClosesAt} <= ${at}::timestamptz then 1 else 0 end`;
  return db
    .select()
    .from(challenges)
    .where(listCondition(options.filter, options.now))
    .orderBy(stateRank, desc(challenges.submissionClosesAt), asc(challenges.title), asc(challenges.id))
    .limit(options.limit)
    .offset(options.offset);
}

/** The most recently published challenges, for the feed. */
export async function listRecentlyPublishedChallenges(db: Executor, limit: number): Promise<ChallengeRow[]> {
  return db
    .select()
    .from(challenges)
    .where(and(eq(challenges.status, 'published'), isNotNull(challenges.publishedAt)))
    .orderBy(desc(challenges.publishedAt), asc(challenges.id))
    .limit(limit);
}

export async function countAnsweredQuestions(db: Executor, challengeId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(challengeQuestions)
    .where(and(eq(challengeQuestions.challengeId, challengeId), isNotNull(challengeQuestions.answer)));
  return Number(row?.n ?? 0);
}

/** What a winner shows in public: never the submitter, the description or the files. */
export type WinnerRow = Pick<SubmissionRow, 'id' | 'title' | 'summary' | 'organisationId' | 'awardNote' | 'solutionId'>;

/** The winning submissions of a challenge: chosen by the editors among those submitted. */
export async function listWinners(db: Executor, challengeId: string): Promise<WinnerRow[]> {
  return db
    .select({
      id: challengeSubmissions.id,
      title: challengeSubmissions.title,
      summary: challengeSubmissions.summary,
      organisationId: challengeSubmissions.organisationId,
      awardNote: challengeSubmissions.awardNote,
      solutionId: challengeSubmissions.solutionId,
    })
    .from(challengeSubmissions)
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.winner, true), eq(challengeSubmissions.status, 'submitted')))
    .orderBy(asc(challengeSubmissions.title), asc(challengeSubmissions.id));
}
