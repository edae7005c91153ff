import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './plan-audit.ts';

/** Saves the vision; the first save of anything makes the organisation's strategy. */
export async function saveVision(tx: Executor, options: { actor: CurrentUser; organisationId: string; vision: string }): Promise<void> {
  const before = await lockOrCreateStrategy(tx, options.organisationId);
  if (before.vision === options.vision) return;
  await touchStrategy(tx, before.id, { vision: options.vision });
  await recordAudit(tx, options.actor, 'strategy.vision.save', strategySubject(before.id), { vision: before.vision }, { vision: options.vision });
}
