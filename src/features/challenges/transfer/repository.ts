import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { SubmissionRow } from '../core/repository.ts';
import { challengeSubmissions } from '../core/tables.ts';

/** The submission, locked: two confirmations at once make one solution, the second sees the first's id. */
export async function lockSubmission(tx: Executor, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(challengeSubmissions).where(eq(challengeSubmissions.id, id)).for('update');
  return row;
}

export async function setSubmissionSolution(tx: Executor, submissionId: string, solutionId: string): Promise<void> {
  await tx.update(challengeSubmissions).set({ solutionId, updatedAt: new Date() }).where(eq(challengeSubmissions.id, submissionId));
}
