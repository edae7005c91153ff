import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { canManageOrganisation } from '../../platform/auth/policy.ts';
import { findUserById } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import { countActiveMembers, findMembership, lockOrganisation, type InvitationRow, type MembershipRow, type OrganisationRow } from './repository.ts';

/** Why a manager's change did not run: the organisation is gone, or the person may not manage it. */
export type ManagerRefusal = 'notFound' | 'notAllowed';

/** Whether the person may manage the organisation (policy.ts): its active managers and administrators. */
export async function mayManage(db: Executor, actor: CurrentUser, organisationId: string): Promise<boolean> {
  return canManageOrganisation(actor, await findMembership(db, organisationId, actor.id));
}

/**
 * Loads and locks the organisation and checks that the actor may manage it. Every change by a
 * manager or an administrator starts here, inside its transaction: the route checked the same
 * before, but the person may have lost the role since, or the organisation may be gone.
 */
export async function lockManagedOrganisation(tx: Executor, actor: CurrentUser, organisationId: string): Promise<OrganisationRow | ManagerRefusal> {
  const organisation = await lockOrganisation(tx, organisationId);
  if (!organisation) return 'notFound';
  return (await mayManage(tx, actor, organisation.id)) ? organisation : 'notAllowed';
}

/** Whether a change of this membership would take away the organisation's last active manager. */
export async function isLastManager(tx: Executor, organisationId: string, membership: MembershipRow): Promise<boolean> {
  if (membership.status !== 'active' || membership.role !== 'manager') return false;
  return (await countActiveMembers(tx, organisationId, 'manager')) <= 1;
}

/**
 * Invitations are matched by address, so only a confirmed address sees and answers them;
 * otherwise anyone could sign up with someone else's address and take their place.
 */
export async function hasConfirmedAddress(db: Executor, actor: Pick<CurrentUser, 'id'>): Promise<boolean> {
  return Boolean((await findUserById(db, actor.id))?.emailVerifiedAt);
}

/** Membership and invitation entries of the audit log are filed under their organisation. */
export const auditSubject = (organisationId: string) => ({ type: 'organisation', id: organisationId });

/** What the audit log keeps of an organisation. */
export function organisationSnapshot(o: OrganisationRow) {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = o;
  return rest;
}

/** What the audit log keeps of a membership. */
export function membershipSnapshot(m: Pick<MembershipRow, 'userId' | 'role' | 'status'>) {
  return { userId: m.userId, role: m.role, status: m.status };
}

/** What the audit log keeps of an invitation. */
export const invitationSnapshot = (i: InvitationRow) => ({ invitationId: i.id, email: i.email, role: i.role });
