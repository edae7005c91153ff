import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { GroupRole } from '../core/tables.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { lockAsLeader, type LeaderRefusal } from './lock-as-leader.ts';
import { countActiveOwners, findMember, updateMember } from './repository.ts';

export interface ChangeMemberRoleOptions {
  actor: CurrentUser;
  groupId: string;
  /** an active member */
  userId: string;
  role: GroupRole;
}

/** 'notFound' also when the person is no active member; 'lastOwner': the group keeps at least one owner. */
export type ChangeRoleOutcome = 'changed' | 'unchanged' | 'lastOwner' | LeaderRefusal;

/** An owner gives a member another role; under the group's lock, so that two owners demoting each other leave one. */
export async function changeMemberRole(deps: Pick<AppDeps, 'db'>, options: ChangeMemberRoleOptions): Promise<ChangeRoleOutcome> {
  const { actor, groupId, userId, role } = options;
  return deps.db.transaction(async (tx): Promise<ChangeRoleOutcome> => {
    const led = await lockAsLeader(tx, groupId, actor.id, 'own');
    if (typeof led === 'string') return led;
    const before = await findMember(tx, groupId, userId);
    if (before?.status !== 'active') return 'notFound';
    if (before.role === role) return 'unchanged';
    if (before.role === 'owner' && (await countActiveOwners(tx, groupId)) <= 1) return 'lastOwner';
    const after = await updateMember(tx, { groupId, userId, status: 'active' }, { role });
    await recordAudit(tx, actor, 'network.group.role', groupSubject(groupId), memberSnapshot(before), after && memberSnapshot(after));
    return 'changed';
  });
}
