import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { isOwner } from '../core/rules.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { lockAsLeader, type LeaderRefusal } from './lock-as-leader.ts';
import { deleteMember, findMember } from './repository.ts';

/** 'notFound' also for oneself (leaving has its own button) and for someone with no active place. */
export type RemoveMemberOutcome = 'removed' | LeaderRefusal;

/**
 * Removes a member from the group. Moderators remove members; only owners remove moderators
 * and other owners. The actor stays an owner, so the group never loses its last one here.
 */
export async function removeMember(deps: Pick<AppDeps, 'db'>, options: { actor: CurrentUser; groupId: string; userId: string }): Promise<RemoveMemberOutcome> {
  const { actor, groupId, userId } = options;
  return deps.db.transaction(async (tx): Promise<RemoveMemberOutcome> => {
    const led = await lockAsLeader(tx, groupId, actor.id, 'moderate');
    if (typeof led === 'string') return led;
    if (userId === actor.id) return 'notFound';
    const place = await findMember(tx, groupId, userId);
    if (place?.status !== 'active') return 'notFound';
    if (place.role !== 'member' && !isOwner(led.standing)) return 'notAllowed';
    await deleteMember(tx, { groupId, userId, status: 'active' });
    await recordAudit(tx, actor, 'network.group.remove', groupSubject(groupId), memberSnapshot(place), null);
    return 'removed';
  });
}
