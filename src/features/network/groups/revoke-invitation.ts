import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { lockAsLeader, type LeaderRefusal } from './lock-as-leader.ts';
import { deleteMember } from './repository.ts';

/** 'unchanged' when the invitation is gone already (answered, or a second click). */
export type RevokeOutcome = 'revoked' | 'unchanged' | LeaderRefusal;

/** A moderator takes back an open invitation. */
export async function revokeInvitation(deps: Pick<AppDeps, 'db'>, options: { actor: CurrentUser; groupId: string; userId: string }): Promise<RevokeOutcome> {
  const { actor, groupId, userId } = options;
  return deps.db.transaction(async (tx): Promise<RevokeOutcome> => {
    const led = await lockAsLeader(tx, groupId, actor.id, 'moderate');
    if (typeof led === 'string') return led;
    const removed = await deleteMember(tx, { groupId, userId, status: 'invited' });
    if (!removed) return 'unchanged';
    await recordAudit(tx, actor, 'network.group.invitation.revoke', groupSubject(groupId), memberSnapshot(removed), null);
    return 'revoked';
  });
}
