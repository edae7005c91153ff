import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { type CriteriaRefusal, lockForCriteria } from './criteria-lock.ts';
import { challengeSubject } from './audit-subject.ts';
import { findCriterion, updateCriterionRow } from './repository.ts';
import type { CriterionInput } from './schema.ts';

/** Changes one criterion's title, description and weight, while the criteria may still change. */
export async function changeCriterion(
  deps: AppDeps,
  options: { actor: CurrentUser; challengeId: string; criterionId: string; input: CriterionInput; isEditor: boolean; now?: Date },
): Promise<'saved' | CriteriaRefusal> {
  const { actor, challengeId, criterionId, input } = options;
  return deps.db.transaction(async (tx) => {
    const refused = await lockForCriteria(tx, challengeId, options.isEditor, options.now ?? new Date());
    if (refused) return refused;
    const before = await findCriterion(tx, challengeId, criterionId);
    if (!before) return 'notFound';
    await updateCriterionRow(tx, challengeId, criterionId, input);
    await recordAudit(
      tx,
      actor,
      'challenges.changeCriterion',
      challengeSubject(challengeId),
      { criterion: criterionId, title: before.title, description: before.description, weight: before.weight },
      { criterion: criterionId, ...input },
    );
    return 'saved';
  });
}
