import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { findMembership, updateMembership } from './repository.ts';
import { auditSubject, isLastManager, lockManagedOrganisation, membershipSnapshot, type ManagerRefusal } from './rules.ts';
import type { MembershipRole } from './tables.ts';

export interface ChangeMemberRoleOptions {
  actor: CurrentUser;
  organisationId: string;
  /** an active member */
  userId: string;
  role: MembershipRole;
}

/** 'notFound' also when the person is no active member; 'lastManager': the last manager stays one. */
export type ChangeRoleOutcome = 'changed' | 'unchanged' | 'lastManager' | ManagerRefusal;

/** Makes an active member a manager or a manager a member. */
export async function changeMemberRole(deps: Pick<AppDeps, 'db'>, options: ChangeMemberRoleOptions): Promise<ChangeRoleOutcome> {
  const { actor, organisationId, userId, role } = options;
  return deps.db.transaction(async (tx): Promise<ChangeRoleOutcome> => {
    const organisation = await lockManagedOrganisation(tx, actor, organisationId);
    if (typeof organisation === 'string') return organisation;
    const before = await findMembership(tx, organisation.id, userId);
    if (before?.status !== 'active') return 'notFound';
    if (before.role === role) return 'unchanged';
    if (role !== 'manager' && (await isLastManager(tx, organisation.id, before))) return 'lastManager';
    const after = await updateMembership(tx, organisation.id, userId, { role });
    await recordAudit(tx, actor, 'membership.role', auditSubject(organisation.id), membershipSnapshot(before), after && membershipSnapshot(after));
    return 'changed';
  });
}
