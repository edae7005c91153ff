import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockGroup } from '../core/repository.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { deleteMember, updateMember } from './repository.ts';

export interface AnswerInvitationOptions {
  actor: CurrentUser;
  groupId: string;
  answer: 'accept' | 'decline';
}

/** 'notInvited' when there is no open invitation: withdrawn meanwhile, or answered by a second click. */
export type AnswerInvitationOutcome = 'accepted' | 'declined' | 'notInvited';

/** The invited person takes their place in the group, or declines and leaves no trace in it. */
export async function answerInvitation(deps: Pick<AppDeps, 'db'>, options: AnswerInvitationOptions): Promise<AnswerInvitationOutcome> {
  const { actor, groupId, answer } = options;
  return deps.db.transaction(async (tx): Promise<AnswerInvitationOutcome> => {
    if (!(await lockGroup(tx, groupId))) return 'notInvited';
    const key = { groupId, userId: actor.id, status: 'invited' as const };
    if (answer === 'decline') {
      const removed = await deleteMember(tx, key);
      if (!removed) return 'notInvited';
      await recordAudit(tx, actor, 'network.group.invitation.decline', groupSubject(groupId), memberSnapshot(removed), null);
      return 'declined';
    }
    const joined = await updateMember(tx, key, { status: 'active', joinedAt: new Date() });
    if (!joined) return 'notInvited';
    await recordAudit(tx, actor, 'network.group.invitation.accept', groupSubject(groupId), { userId: actor.id, status: 'invited' }, memberSnapshot(joined));
    return 'accepted';
  });
}
