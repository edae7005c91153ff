import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy } from '../core/repository.ts';
import type { StrategyStep } from '../core/tables.ts';
import { strategySubject } from './plan-audit.ts';
import { insertComment } from './repository.ts';

/**
 * A member's or manager's comment on a step. A comment on a strategy nobody has saved yet
 * makes its (empty) row: the comment needs a strategy to belong to. The strategy's updatedAt
 * stays, since a comment changes nothing of the strategy itself.
 */
export async function writeComment(tx: Executor, options: { actor: CurrentUser; organisationId: string; step: StrategyStep; body: string }): Promise<void> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const comment = await insertComment(tx, { strategyId: strategy.id, step: options.step, authorId: options.actor.id, body: options.body });
  await recordAudit(tx, options.actor, 'strategy.comment.add', strategySubject(strategy.id), undefined, { id: comment.id, step: comment.step });
}
