import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notify } from '../core/notify.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { lockAsLeader, type LeaderRefusal } from './lock-as-leader.ts';
import { deleteMember, updateMember } from './repository.ts';

export interface DecideJoinRequestOptions {
  actor: CurrentUser;
  groupId: string;
  /** the person who asked */
  userId: string;
  decision: { kind: 'accept' } | { kind: 'decline'; reason: string };
}

/** 'notFound' also when the person has no open request. */
export type DecideOutcome = 'accepted' | 'declined' | LeaderRefusal;

/**
 * A moderator answers a request to join, in the caller's transaction (once per submission);
 * the person hears of it, with the reason when declined.
 */
export async function decideJoinRequest(tx: Executor, options: DecideJoinRequestOptions): Promise<DecideOutcome> {
  const { actor, groupId, userId, decision } = options;
  const led = await lockAsLeader(tx, groupId, actor.id, 'moderate');
  if (typeof led === 'string') return led;
  const key = { groupId, userId, status: 'requested' as const };
  if (decision.kind === 'accept') {
    const before = { userId, status: 'requested' };
    const accepted = await updateMember(tx, key, { status: 'active', joinedAt: new Date() });
    if (!accepted) return 'notFound';
    await recordAudit(tx, actor, 'network.group.request.accept', groupSubject(groupId), before, memberSnapshot(accepted));
    await notify(tx, [{ userId, groupId, kind: 'join_decision', actorId: actor.id, note: '' }]);
    return 'accepted';
  }
  const declined = await deleteMember(tx, key);
  if (!declined) return 'notFound';
  await recordAudit(tx, actor, 'network.group.request.decline', groupSubject(groupId), memberSnapshot(declined), { reason: decision.reason });
  await notify(tx, [{ userId, groupId, kind: 'join_decision', actorId: actor.id, note: decision.reason }]);
  return 'declined';
}
