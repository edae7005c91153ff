import type { Executor } from '../../../platform/db/client.ts';
import { findStanding, lockGroup, type GroupRow } from '../core/repository.ts';
import { canModerate, isOwner, type GroupStanding } from '../core/rules.ts';

/** Why a leader's command did nothing: no such group, or the actor no longer leads it. */
export type LeaderRefusal = 'notFound' | 'notAllowed';

/**
 * Locks the group and checks again, under the lock, that the actor still moderates (or owns)
 * it: the route checked before, but a role can change between the page and the click.
 */
export async function lockAsLeader(
  tx: Executor,
  groupId: string,
  actorId: string,
  need: 'moderate' | 'own',
): Promise<{ group: GroupRow; standing: GroupStanding } | LeaderRefusal> {
  const group = await lockGroup(tx, groupId);
  if (!group) return 'notFound';
  const standing = await findStanding(tx, groupId, actorId);
  const allowed = need === 'own' ? isOwner(standing) : canModerate(standing);
  if (!standing || !allowed) return 'notAllowed';
  return { group, standing };
}
