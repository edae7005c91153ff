import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionApplications, competitionBudgetItems } from '../core/tables.ts';
import { UNDECIDED_STATUSES } from './rules.ts';

/** Everything awarded in the call, without the one application that is being decided. */
export async function sumAwarded(db: Executor, callId: string, exceptApplicationId?: string): Promise<number> {
  const conditions = [eq(competitionApplications.callId, callId), eq(competitionApplications.status, 'awarded')];
  if (exceptApplicationId) conditions.push(ne(competitionApplications.id, exceptApplicationId));
  const [row] = await db
    .select({ total: sql<string | null>`sum(${competitionApplications.awardedCents})` })
    .from(competitionApplications)
    .where(and(...conditions));
  return Number(row?.total ?? 0);
}

/** The sum of an application's budget plan, from which its requested amount follows. */
export async function sumBudget(db: Executor, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${competitionBudgetItems.amountCents})` })
    .from(competitionBudgetItems)
    .where(eq(competitionBudgetItems.applicationId, applicationId));
  return Number(row?.total ?? 0);
}

export async function countUndecided(db: Executor, callId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(competitionApplications)
    .where(and(eq(competitionApplications.callId, callId), inArray(competitionApplications.status, [...UNDECIDED_STATUSES])));
  return row?.n ?? 0;
}

/** The decided applications of the call, locked: the release turns them into letters and projects. */
export async function lockDecided(db: Executor, callId: string) {
  return db
    .select()
    .from(competitionApplications)
    .where(and(eq(competitionApplications.callId, callId), inArray(competitionApplications.status, ['awarded', 'rejected'])))
    .orderBy(competitionApplications.reference)
    .for('update');
}
