import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { challengeSubject } from './audit-subject.ts';
import { type CriteriaRefusal, lockForCriteria } from './criteria-lock.ts';
import { insertCriterion } from './repository.ts';
import type { CriterionInput } from './schema.ts';

/** Adds a criterion after the last; in the caller's transaction (the submission's). */
export async function addCriterion(
  tx: Tx,
  options: { actor: CurrentUser; challengeId: string; input: CriterionInput; isEditor: boolean; now?: Date },
): Promise<'added' | CriteriaRefusal> {
  const refused = await lockForCriteria(tx, options.challengeId, options.isEditor, options.now ?? new Date());
  if (refused) return refused;
  const criterion = await insertCriterion(tx, options.challengeId, options.input);
  await recordAudit(tx, options.actor, 'challenges.addCriterion', challengeSubject(options.challengeId), undefined, {
    criterion: criterion.id,
    ...options.input,
  });
  return 'added';
}
