import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { actorSnapshot, strategySubject } from './plan-audit.ts';
import { findActor, insertActor, updateActor } from './repository.ts';
import type { ActorInput } from './schema.ts';

/**
 * Adds an actor at the end of the list, or changes one (`actorId`). 'gone' when the actor was
 * removed meanwhile or belongs to another strategy.
 */
export async function saveActor(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; actorId?: string; input: ActorInput },
): Promise<'saved' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const { name, involvement } = options.input;
  if (!options.actorId) {
    const added = await insertActor(tx, { strategyId: strategy.id, name, involvement });
    await recordAudit(tx, options.actor, 'strategy.actor.add', strategySubject(strategy.id), undefined, actorSnapshot(added));
  } else {
    const before = await findActor(tx, strategy.id, options.actorId);
    if (!before) return 'gone';
    const after = await updateActor(tx, before.id, { name, involvement });
    await recordAudit(tx, options.actor, 'strategy.actor.update', strategySubject(strategy.id), actorSnapshot(before), actorSnapshot(after));
  }
  await touchStrategy(tx, strategy.id);
  return 'saved';
}
