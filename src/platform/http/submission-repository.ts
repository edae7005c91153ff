import { eq, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { formSubmissions } from '../db/tables.ts';

/**
 * Claims a submission id. On PostgreSQL a second transaction claiming the same id waits
 * here until the first one ends, and then finds it taken; false means "seen before".
 */
export async function claimSubmission(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .insert(formSubmissions)
    // the real location is set in the same transaction once the work is done
    .values({ id, resultLocation: '' })
    .onConflictDoNothing()
    .returning({ id: formSubmissions.id });
  return rows.length > 0;
}

export async function setSubmissionLocation(db: Executor, id: string, resultLocation: string): Promise<void> {
  await db.update(formSubmissions).set({ resultLocation }).where(eq(formSubmissions.id, id));
}

export async function findSubmissionLocation(db: Executor, id: string): Promise<string | undefined> {
  const rows = await db.select({ resultLocation: formSubmissions.resultLocation }).from(formSubmissions).where(eq(formSubmissions.id, id));
  return rows[0]?.resultLocation;
}

/** A submission id only needs to outlive the form page it was rendered into. */
export async function deleteSubmissionsBefore(db: Executor, before: Date): Promise<void> {
  await db.delete(formSubmissions).where(lt(formSubmissions.createdAt, before));
}
