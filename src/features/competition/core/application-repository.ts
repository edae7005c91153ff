import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionApplications } from './application-tables.ts';

export type ApplicationRow = typeof competitionApplications.$inferSelect;

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(competitionApplications).where(eq(competitionApplications.id, id));
  return row;
}

/** The application, locked until the transaction ends: changes to one application follow each other. */
export async function lockApplication(db: Executor, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(competitionApplications).where(eq(competitionApplications.id, id)).for('update');
  return row;
}

export async function updateApplicationRow(
  db: Executor,
  id: string,
  patch: Partial<Omit<typeof competitionApplications.$inferInsert, 'id' | 'callId' | 'organisationId' | 'createdAt'>>,
): Promise<ApplicationRow> {
  const [row] = await db
    .update(competitionApplications)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(competitionApplications.id, id))
    .returning();
  return row!;
}

/**
 * The current application (any but a withdrawn one) of each of the organisations to the call,
 * by organisation id: the call page offers to continue it instead of starting another.
 */
export async function currentApplicationsOf(db: Executor, callId: string, organisationIds: string[]): Promise<Map<string, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: competitionApplications.id, organisationId: competitionApplications.organisationId })
    .from(competitionApplications)
    .where(
      and(
        eq(competitionApplications.callId, callId),
        inArray(competitionApplications.organisationId, organisationIds),
        ne(competitionApplications.status, 'withdrawn'),
      ),
    );
  return new Map(rows.map((r) => [r.organisationId, r.id]));
}
