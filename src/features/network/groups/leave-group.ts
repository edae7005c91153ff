import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockGroup } from '../core/repository.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { countActiveOwners, deleteMember, findMember } from './repository.ts';

export type LeaveOutcome = 'left' | 'notMember' | 'lastOwner';

/**
 * Leaves a group. The group's row is locked first, so that two owners leaving at the same
 * moment are counted one after the other and the group is never left without a leader.
 */
export async function leaveGroup(deps: Pick<AppDeps, 'db'>, options: { actor: CurrentUser; groupId: string }): Promise<LeaveOutcome> {
  const { actor, groupId } = options;
  return deps.db.transaction(async (tx): Promise<LeaveOutcome> => {
    if (!(await lockGroup(tx, groupId))) return 'notMember';
    const place = await findMember(tx, groupId, actor.id);
    if (place?.status !== 'active') return 'notMember';
    if (place.role === 'owner' && (await countActiveOwners(tx, groupId)) <= 1) return 'lastOwner';
    await deleteMember(tx, { groupId, userId: actor.id, status: 'active' });
    await recordAudit(tx, actor, 'network.group.leave', groupSubject(groupId), memberSnapshot(place), null);
    return 'left';
  });
}
