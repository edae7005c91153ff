import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { listActiveMemberIds, lockGroup } from '../core/repository.ts';
import { notify } from '../core/notify.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { findMember, insertMember, updateMember } from './repository.ts';

export interface JoinGroupOptions {
  actor: CurrentUser;
  groupId: string;
  /** the person's words to the leaders; needed where they decide */
  message: string;
}

export type JoinOutcome =
  | { kind: 'joined' }
  | { kind: 'requested' }
  | { kind: 'alreadyMember' }
  | { kind: 'alreadyRequested' }
  | { kind: 'messageRequired' }
  | { kind: 'invitationOnly' }
  | { kind: 'notFound' };

/**
 * Joins an open group at once, or asks to join one whose leaders decide (they hear of it).
 * Someone invited joins whatever the policy. Asking twice, or joining a group one is in,
 * changes nothing, so a double click stores one place and one notification.
 */
export async function joinGroup(deps: Pick<AppDeps, 'db'>, options: JoinGroupOptions): Promise<JoinOutcome> {
  const { actor, groupId } = options;
  return deps.db.transaction(async (tx): Promise<JoinOutcome> => {
    const group = await lockGroup(tx, groupId);
    if (!group) return { kind: 'notFound' };
    const place = await findMember(tx, groupId, actor.id);
    if (place?.status === 'active') return { kind: 'alreadyMember' };
    if (place?.status === 'requested') return { kind: 'alreadyRequested' };
    if (!place && group.visibility === 'hidden') return { kind: 'notFound' };
    if (place?.status === 'invited') {
      const joined = await updateMember(tx, { groupId, userId: actor.id, status: 'invited' }, { status: 'active', joinedAt: new Date() });
      await recordAudit(tx, actor, 'network.group.invitation.accept', groupSubject(groupId), memberSnapshot(place), joined && memberSnapshot(joined));
      return { kind: 'joined' };
    }
    if (group.joinPolicy === 'invitation') return { kind: 'invitationOnly' };
    if (group.joinPolicy === 'open') {
      const joined = await insertMember(tx, { groupId, userId: actor.id, role: 'member', status: 'active', joinedAt: new Date() });
      if (!joined) return { kind: 'alreadyMember' };
      await recordAudit(tx, actor, 'network.group.join', groupSubject(groupId), null, memberSnapshot(joined));
      return { kind: 'joined' };
    }
    const message = options.message.trim();
    if (!message) return { kind: 'messageRequired' };
    const requested = await insertMember(tx, { groupId, userId: actor.id, role: 'member', status: 'requested', requestMessage: message });
    if (!requested) return { kind: 'alreadyRequested' };
    await recordAudit(tx, actor, 'network.group.request', groupSubject(groupId), null, { ...memberSnapshot(requested), requestMessage: message });
    const leaders = await listActiveMemberIds(tx, groupId, ['owner', 'moderator']);
    await notify(
      tx,
      leaders.map((userId) => ({ userId, groupId, kind: 'join_request' as const, actorId: actor.id, note: message })),
    );
    return { kind: 'requested' };
  });
}
