import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './plan-audit.ts';

/** Saves which of the platform's fields of action the strategy covers, in the platform's order. */
export async function saveFields(tx: Executor, options: { actor: CurrentUser; organisationId: string; fieldsOfAction: string[] }): Promise<void> {
  const before = await lockOrCreateStrategy(tx, options.organisationId);
  const after = [...new Set(options.fieldsOfAction)];
  if (before.fieldsOfAction.join() === after.join()) return;
  await touchStrategy(tx, before.id, { fieldsOfAction: after });
  await recordAudit(
    tx,
    options.actor,
    'strategy.fields.save',
    strategySubject(before.id),
    { fieldsOfAction: before.fieldsOfAction },
    { fieldsOfAction: after },
  );
}
