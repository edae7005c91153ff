import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteMembership, findMembership, lockOrganisation } from './repository.ts';
import { auditSubject, isLastManager, membershipSnapshot } from './rules.ts';

export interface LeaveOrganisationOptions {
  actor: CurrentUser;
  organisationId: string;
}

/** 'lastManager': the organisation's last active manager cannot leave it. */
export type LeaveOutcome = 'left' | 'withdrawn' | 'unchanged' | 'lastManager' | 'notFound';

/** Leaves the organisation, or withdraws an open request. */
export async function leaveOrganisation(deps: Pick<AppDeps, 'db'>, options: LeaveOrganisationOptions): Promise<LeaveOutcome> {
  const { actor, organisationId } = options;
  return deps.db.transaction(async (tx): Promise<LeaveOutcome> => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (!organisation) return 'notFound';
    const membership = await findMembership(tx, organisation.id, actor.id);
    if (!membership) return 'unchanged';
    if (await isLastManager(tx, organisation.id, membership)) return 'lastManager';
    await deleteMembership(tx, organisation.id, actor.id);
    if (membership.status === 'requested') return 'withdrawn';
    await recordAudit(tx, actor, 'membership.leave', auditSubject(organisation.id), membershipSnapshot(membership), null);
    return 'left';
  });
}
