import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import {
  findInvitationById,
  findMembership,
  insertMembership,
  lockOrganisation,
  markInvitationAccepted,
  updateMembership,
  type OrganisationRow,
} from './repository.ts';
import { auditSubject, hasConfirmedAddress, invitationSnapshot, membershipSnapshot } from './rules.ts';
import type { MembershipRole } from './tables.ts';

export interface AnswerInvitationOptions {
  actor: CurrentUser;
  invitationId: string;
}

export type AcceptInvitationOutcome =
  | { kind: 'accepted'; organisation: OrganisationRow }
  /** no such invitation to the person's address */
  | { kind: 'notFound' }
  /** the person has not confirmed their address yet (see hasConfirmedAddress) */
  | { kind: 'unconfirmedAddress' };

/**
 * Accepts an invitation: the person becomes an active member with the invited role, or
 * keeps the higher role they have. Accepting twice changes nothing.
 */
export async function acceptInvitation(deps: Pick<AppDeps, 'db'>, options: AnswerInvitationOptions): Promise<AcceptInvitationOutcome> {
  const { actor, invitationId } = options;
  return deps.db.transaction(async (tx): Promise<AcceptInvitationOutcome> => {
    if (!(await hasConfirmedAddress(tx, actor))) return { kind: 'unconfirmedAddress' };
    const found = await findInvitationById(tx, invitationId);
    if (!found || found.email !== actor.email.toLowerCase()) return { kind: 'notFound' };
    const organisation = await lockOrganisation(tx, found.organisationId);
    // Read again under the lock: a parallel accept of the same invitation may just have ended.
    const invitation = await findInvitationById(tx, invitationId);
    if (!organisation || !invitation) return { kind: 'notFound' };
    if (invitation.acceptedAt) return { kind: 'accepted', organisation };
    const before = await findMembership(tx, organisation.id, actor.id);
    const role: MembershipRole = before?.status === 'active' && before.role === 'manager' ? 'manager' : invitation.role;
    if (before?.status === 'active') await updateMembership(tx, organisation.id, actor.id, { role });
    else if (before) await updateMembership(tx, organisation.id, actor.id, { role, status: 'active', decidedAt: new Date() });
    else await insertMembership(tx, { organisationId: organisation.id, userId: actor.id, role, status: 'active', decidedAt: new Date() });
    await markInvitationAccepted(tx, invitation.id);
    await recordAudit(
      tx,
      actor,
      'invitation.accept',
      auditSubject(organisation.id),
      { ...invitationSnapshot(invitation), membership: before ? membershipSnapshot(before) : null },
      membershipSnapshot({ userId: actor.id, role, status: 'active' }),
    );
    return { kind: 'accepted', organisation };
  });
}
