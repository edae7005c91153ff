import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './plan-audit.ts';
import { listGoals, setGoalPosition } from './repository.ts';

/** Moves a goal one place up or down; the strategy's lock keeps two moves from crossing. */
export async function moveGoal(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; goalId: string; direction: Direction },
): Promise<'moved' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const moved = await moveEntry(await listGoals(tx, strategy.id), options.goalId, options.direction, (id, position) => setGoalPosition(tx, id, position));
  if (!moved) return 'gone';
  await touchStrategy(tx, strategy.id);
  await recordAudit(
    tx,
    options.actor,
    'strategy.goal.move',
    strategySubject(strategy.id),
    { id: options.goalId, position: moved.before },
    { id: options.goalId, position: moved.after },
  );
  return 'moved';
}
