import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { StrategyStep } from '../core/tables.ts';
import { strategySubject } from './plan-audit.ts';
import { markCommentResolved } from './repository.ts';

/** A manager marks an open comment resolved; 'unchanged' when it was resolved already (a second click). */
export async function resolveComment(
  tx: Executor,
  options: { actor: CurrentUser; strategyId: string; step: StrategyStep; commentId: string },
): Promise<'resolved' | 'unchanged'> {
  const row = await markCommentResolved(tx, { strategyId: options.strategyId, step: options.step, id: options.commentId, userId: options.actor.id });
  if (!row) return 'unchanged';
  await recordAudit(
    tx,
    options.actor,
    'strategy.comment.resolve',
    strategySubject(options.strategyId),
    { id: row.id, resolved: false },
    { id: row.id, resolved: true },
  );
  return 'resolved';
}
