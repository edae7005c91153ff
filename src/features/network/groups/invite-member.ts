import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notify } from '../core/notify.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { lockAsLeader, type LeaderRefusal } from './lock-as-leader.ts';
import { findInvitableUserId, findMember, insertMember } from './repository.ts';

export interface InviteMemberOptions {
  actor: CurrentUser;
  groupId: string;
  /** the address of a registered account */
  email: string;
}

export type InviteOutcome = 'invited' | 'unknownEmail' | 'alreadyInGroup' | LeaderRefusal;

/**
 * A moderator invites the holder of an account, in the caller's transaction (once per
 * submission); the person hears of it. Anyone with a place already (a member, an open
 * invitation, a request to answer above the form) is not invited again.
 */
export async function inviteMember(tx: Executor, options: InviteMemberOptions): Promise<InviteOutcome> {
  const { actor, groupId } = options;
  const led = await lockAsLeader(tx, groupId, actor.id, 'moderate');
  if (typeof led === 'string') return led;
  const userId = await findInvitableUserId(tx, options.email);
  if (!userId) return 'unknownEmail';
  const place = await findMember(tx, groupId, userId);
  if (place) return 'alreadyInGroup';
  const invited = await insertMember(tx, { groupId, userId, role: 'member', status: 'invited', invitedBy: actor.id });
  if (!invited) return 'alreadyInGroup';
  await recordAudit(tx, actor, 'network.group.invite', groupSubject(groupId), null, memberSnapshot(invited));
  await notify(tx, [{ userId, groupId, kind: 'invitation', actorId: actor.id }]);
  return 'invited';
}
