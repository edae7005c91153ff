import { recordAudit } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { AnswerInvitationOptions } from './accept-invitation.ts';
import { deleteInvitation, findInvitationById } from './repository.ts';
import { auditSubject, hasConfirmedAddress, invitationSnapshot } from './rules.ts';

/**
 * Declines an invitation; declining one that is gone already changes nothing. 'unconfirmedAddress':
 * the person has not confirmed their address yet (see hasConfirmedAddress).
 */
export async function declineInvitation(deps: Pick<AppDeps, 'db'>, options: AnswerInvitationOptions): Promise<'declined' | 'unchanged' | 'unconfirmedAddress'> {
  const { actor, invitationId } = options;
  return deps.db.transaction(async (tx): Promise<'declined' | 'unchanged' | 'unconfirmedAddress'> => {
    if (!(await hasConfirmedAddress(tx, actor))) return 'unconfirmedAddress';
    const invitation = await findInvitationById(tx, invitationId);
    if (!invitation || invitation.email !== actor.email.toLowerCase() || invitation.acceptedAt) return 'unchanged';
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, actor, 'invitation.decline', auditSubject(invitation.organisationId), invitationSnapshot(invitation), null);
    return 'declined';
  });
}
