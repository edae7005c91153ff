import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { goalSnapshot, strategySubject } from './plan-audit.ts';
import { findGoal, insertGoal, updateGoal } from './repository.ts';
import type { GoalInput } from './schema.ts';

/**
 * Adds a goal at the end of the list, or changes one (`goalId`). 'gone' when the goal was
 * removed meanwhile or belongs to another strategy.
 */
export async function saveGoal(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; goalId?: string; input: GoalInput },
): Promise<'saved' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const { title, description } = options.input;
  if (!options.goalId) {
    const goal = await insertGoal(tx, { strategyId: strategy.id, title, description });
    await recordAudit(tx, options.actor, 'strategy.goal.add', strategySubject(strategy.id), undefined, goalSnapshot(goal));
  } else {
    const before = await findGoal(tx, strategy.id, options.goalId);
    if (!before) return 'gone';
    const after = await updateGoal(tx, before.id, { title, description });
    await recordAudit(tx, options.actor, 'strategy.goal.update', strategySubject(strategy.id), goalSnapshot(before), goalSnapshot(after));
  }
  await touchStrategy(tx, strategy.id);
  return 'saved';
}
