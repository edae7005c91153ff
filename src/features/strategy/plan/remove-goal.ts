import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { goalSnapshot, strategySubject } from './plan-audit.ts';
import { deleteGoal, findGoal } from './repository.ts';

/** Removes a goal; the others keep their order (gaps are closed by the next move). */
export async function removeGoal(tx: Executor, options: { actor: CurrentUser; organisationId: string; goalId: string }): Promise<'removed' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const goal = await findGoal(tx, strategy.id, options.goalId);
  if (!goal) return 'gone';
  await deleteGoal(tx, goal.id);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, options.actor, 'strategy.goal.remove', strategySubject(strategy.id), goalSnapshot(goal));
  return 'removed';
}
