import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteMembership, findMembership } from './repository.ts';
import { auditSubject, isLastManager, lockManagedOrganisation, membershipSnapshot, type ManagerRefusal } from './rules.ts';

export interface RemoveMemberOptions {
  actor: CurrentUser;
  organisationId: string;
  userId: string;
}

/** 'lastManager': the last manager cannot be removed. */
export type RemoveMemberOutcome = 'removed' | 'unchanged' | 'lastManager' | ManagerRefusal;

/** Removes an active member; someone who is no active member (any more) is left as they are. */
export async function removeMember(deps: Pick<AppDeps, 'db'>, options: RemoveMemberOptions): Promise<RemoveMemberOutcome> {
  const { actor, organisationId, userId } = options;
  return deps.db.transaction(async (tx): Promise<RemoveMemberOutcome> => {
    const organisation = await lockManagedOrganisation(tx, actor, organisationId);
    if (typeof organisation === 'string') return organisation;
    const before = await findMembership(tx, organisation.id, userId);
    if (before?.status !== 'active') return 'unchanged';
    if (await isLastManager(tx, organisation.id, before)) return 'lastManager';
    await deleteMembership(tx, organisation.id, userId);
    await recordAudit(tx, actor, 'membership.remove', auditSubject(organisation.id), membershipSnapshot(before), null);
    return 'removed';
  });
}
