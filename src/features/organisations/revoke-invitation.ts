import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteInvitation, findInvitationById } from './repository.ts';
import { auditSubject, invitationSnapshot, lockManagedOrganisation, type ManagerRefusal } from './rules.ts';

export interface RevokeInvitationOptions {
  actor: CurrentUser;
  organisationId: string;
  invitationId: string;
}

/** Takes back an open invitation; one already gone, accepted or of another organisation is left as it is. */
export async function revokeInvitation(deps: Pick<AppDeps, 'db'>, options: RevokeInvitationOptions): Promise<'revoked' | 'unchanged' | ManagerRefusal> {
  const { actor, organisationId, invitationId } = options;
  return deps.db.transaction(async (tx): Promise<'revoked' | 'unchanged' | ManagerRefusal> => {
    const organisation = await lockManagedOrganisation(tx, actor, organisationId);
    if (typeof organisation === 'string') return organisation;
    const invitation = await findInvitationById(tx, invitationId);
    if (!invitation || invitation.organisationId !== organisation.id || invitation.acceptedAt) return 'unchanged';
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, actor, 'invitation.revoke', auditSubject(organisation.id), invitationSnapshot(invitation), null);
    return 'revoked';
  });
}
