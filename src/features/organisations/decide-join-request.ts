import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteMembership, findMembership, updateMembership } from './repository.ts';
import { auditSubject, lockManagedOrganisation, membershipSnapshot, type ManagerRefusal } from './rules.ts';

export interface DecideJoinRequestOptions {
  actor: CurrentUser;
  organisationId: string;
  /** the person who asked to join */
  userId: string;
  decision: 'accept' | 'decline';
}

export type JoinRequestOutcome = 'accepted' | 'declined' | 'unchanged' | ManagerRefusal;

/**
 * A manager accepts a request to join, or declines it; the person may ask again later.
 * Deciding twice changes nothing. Accepting a request that is not there is notFound, since
 * nobody can become a member by it; declining one is unchanged, as it is gone either way.
 */
export async function decideJoinRequest(deps: Pick<AppDeps, 'db'>, options: DecideJoinRequestOptions): Promise<JoinRequestOutcome> {
  const { actor, organisationId, userId, decision } = options;
  return deps.db.transaction(async (tx): Promise<JoinRequestOutcome> => {
    const organisation = await lockManagedOrganisation(tx, actor, organisationId);
    if (typeof organisation === 'string') return organisation;
    const before = await findMembership(tx, organisation.id, userId);
    if (!before && decision === 'accept') return 'notFound';
    if (before?.status !== 'requested') return 'unchanged';
    if (decision === 'decline') {
      await deleteMembership(tx, organisation.id, userId);
      await recordAudit(tx, actor, 'membership.decline', auditSubject(organisation.id), membershipSnapshot(before), null);
      return 'declined';
    }
    const after = await updateMembership(tx, organisation.id, userId, { status: 'active', decidedAt: new Date() });
    await recordAudit(tx, actor, 'membership.accept', auditSubject(organisation.id), membershipSnapshot(before), after && membershipSnapshot(after));
    return 'accepted';
  });
}
