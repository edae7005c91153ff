import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { canManageOrganisation } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import { countActiveMembers, findMembership, findOrganisationBySlug, lockOrganisation, type MembershipRow, type OrganisationRow } from './repository.ts';

/** A rule of the organisation that the person can fix; the page explains it. */
export class OrganisationRuleError extends Error {
  constructor(readonly reason: 'lastManager' | 'alreadyMember' | 'tooManyInvitations') {
    super(reason);
  }
}

/**
 * Loads and locks the organisation and checks that the actor may manage it (policy.ts).
 * Every change by a manager or an administrator starts here, inside its transaction.
 */
export async function lockManagedOrganisation(tx: Executor, actor: CurrentUser, slug: string): Promise<OrganisationRow> {
  const found = await findOrganisationBySlug(tx, slug);
  const organisation = found && (await lockOrganisation(tx, found.id));
  if (!organisation) throw notFound();
  if (!canManageOrganisation(actor, await findMembership(tx, organisation.id, actor.id))) throw forbidden();
  return organisation;
}

/** Refuses a change that would take away the organisation's last active manager. */
export async function keepOneManager(tx: Executor, organisationId: string, membership: MembershipRow): Promise<void> {
  if (membership.status !== 'active' || membership.role !== 'manager') return;
  if ((await countActiveMembers(tx, organisationId, 'manager')) <= 1) throw new OrganisationRuleError('lastManager');
}

/** What the audit log keeps of a membership. */
export function membershipSnapshot(m: Pick<MembershipRow, 'userId' | 'role' | 'status'>) {
  return { userId: m.userId, role: m.role, status: m.status };
}
