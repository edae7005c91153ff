import type { Executor } from '../../platform/db/client.ts';
import { challengeCriteria, challengeQuestions, challenges, challengeSubmissions } from './core/tables.ts';

/*
 * The demo content's inserts, with the fixed ids of seed-ids.ts. A challenge is written once:
 * when it is there (or a challenge took its address), nothing of it is touched again, so what
 * authors, editors, jurors and submitters changed stays changed.
 */

/** True when the challenge is new; false when its id or its slug is taken. */
export async function insertDemoChallenge(tx: Executor, values: typeof challenges.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(challenges).values(values).onConflictDoNothing().returning({ id: challenges.id });
  return rows.length > 0;
}

export async function insertDemoCriteria(tx: Executor, rows: (typeof challengeCriteria.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(challengeCriteria).values(rows).onConflictDoNothing();
}

export async function insertDemoQuestions(tx: Executor, rows: (typeof challengeQuestions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(challengeQuestions).values(rows).onConflictDoNothing();
}

/** The ids of the submissions stored now; one whose team already has a live submission is left out. */
export async function insertDemoSubmissions(tx: Executor, rows: (typeof challengeSubmissions.$inferInsert)[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const stored = await tx.insert(challengeSubmissions).values(rows).onConflictDoNothing().returning({ id: challengeSubmissions.id });
  return stored.map((row) => row.id);
}
