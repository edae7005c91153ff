import type { Executor } from '../../../platform/db/client.ts';
import type { ReviewCriterion } from '../../review/service.ts';
import { listCriteria } from './repository.ts';

/** The review engine's name for a challenge: its process. */
export function processKey(challengeId: string): string {
  return `challenge:${challengeId}`;
}

/** The challenge's criteria with their weights, as the review engine scores them. */
export async function reviewCriteria(db: Executor, challengeId: string): Promise<ReviewCriterion[]> {
  return (await listCriteria(db, challengeId)).map((c) => ({ id: c.id, title: c.title, description: c.description, weight: c.weight }));
}
