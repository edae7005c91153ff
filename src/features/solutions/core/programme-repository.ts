import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { solutionAdoptions, solutions, type AdoptionStatus } from './tables.ts';

/** Published solutions with their owner and the day they were published. */
export async function listPublishedSolutionsByOwner(db: Executor): Promise<{ organisationId: string; solutionId: string; at: Date }[]> {
  const rows = await db
    .select({ organisationId: solutions.ownerOrganisationId, solutionId: solutions.id, at: solutions.publishedAt })
    .from(solutions)
    .where(and(eq(solutions.status, 'published'), isNotNull(solutions.publishedAt)));
  return rows.flatMap((r) => (r.at ? [{ ...r, at: r.at }] : []));
}

/** Adoptions in the given states of solutions that another organisation owns. */
export async function listAdoptionsOfOthersSolutions(
  db: Executor,
  statuses: readonly AdoptionStatus[],
): Promise<{ organisationId: string; adoptionId: string; requestedAt: Date; answeredAt: Date | null }[]> {
  return db
    .select({
      organisationId: solutionAdoptions.organisationId,
      adoptionId: solutionAdoptions.id,
      requestedAt: solutionAdoptions.requestedAt,
      answeredAt: solutionAdoptions.answeredAt,
    })
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(and(inArray(solutionAdoptions.status, [...statuses]), ne(solutions.ownerOrganisationId, solutionAdoptions.organisationId)));
}
