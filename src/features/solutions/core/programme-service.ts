import type { Executor } from '../../../platform/db/client.ts';
import { listAdoptionsOfOthersSolutions, listPublishedSolutionsByOwner } from './programme-repository.ts';
import type { AdoptionStatus } from './tables.ts';

/*
 * For the programme dashboard: the solutions a municipality shares and those of others it took
 * over. A request alone, or interest, is no adoption yet: it counts once the owner agreed and
 * the adopter implements or runs it, from the day the owner answered.
 */

const ADOPTED: readonly AdoptionStatus[] = ['implementing', 'operating'];

/** Each published solution, for its owner, from the day it was published. */
export async function listPublishedSolutions(db: Executor): Promise<{ organisationId: string; solutionId: string; at: Date }[]> {
  return listPublishedSolutionsByOwner(db);
}

/** Each adoption of another's solution that is being implemented or runs. */
export async function listAdoptions(db: Executor): Promise<{ organisationId: string; adoptionId: string; at: Date }[]> {
  return (await listAdoptionsOfOthersSolutions(db, ADOPTED)).map((r) => ({
    organisationId: r.organisationId,
    adoptionId: r.adoptionId,
    at: r.answeredAt ?? r.requestedAt,
  }));
}
