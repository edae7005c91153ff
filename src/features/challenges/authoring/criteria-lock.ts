import type { Tx } from '../../../platform/db/client.ts';
import { lockChallenge } from '../core/repository.ts';
import { criteriaLocked, mayEdit } from './checklist.ts';

/** Why criteria could not be changed: the owners sent the challenge already, or the jury scores by them. */
export type CriteriaRefusal = 'notEditable' | 'deadlinePassed' | 'notFound';

/** Locks the challenge and says why its criteria may not change now, or undefined when they may. */
export async function lockForCriteria(tx: Tx, challengeId: string, isEditor: boolean, now: Date): Promise<CriteriaRefusal | undefined> {
  const challenge = await lockChallenge(tx, challengeId);
  if (!challenge) return 'notFound';
  if (criteriaLocked(challenge, now)) return 'deadlinePassed';
  if (!mayEdit(challenge, isEditor)) return 'notEditable';
  return undefined;
}
