import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { type CriteriaRefusal, lockForCriteria } from './criteria-lock.ts';
import { challengeSubject } from './audit-subject.ts';
import { deleteCriterionRow, findCriterion } from './repository.ts';

/** Removes one criterion, while the criteria may still change; the others keep their order. */
export async function removeCriterion(
  deps: AppDeps,
  options: { actor: CurrentUser; challengeId: string; criterionId: string; isEditor: boolean; now?: Date },
): Promise<'removed' | CriteriaRefusal> {
  const { actor, challengeId, criterionId } = options;
  return deps.db.transaction(async (tx) => {
    const refused = await lockForCriteria(tx, challengeId, options.isEditor, options.now ?? new Date());
    if (refused) return refused;
    const before = await findCriterion(tx, challengeId, criterionId);
    if (!before) return 'notFound';
    await deleteCriterionRow(tx, challengeId, criterionId);
    await recordAudit(tx, actor, 'challenges.removeCriterion', challengeSubject(challengeId), {
      criterion: criterionId,
      title: before.title,
      description: before.description,
      weight: before.weight,
    });
    return 'removed';
  });
}
