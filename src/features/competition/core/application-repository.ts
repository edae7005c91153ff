import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionApplications } from './application-tables.ts';

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
