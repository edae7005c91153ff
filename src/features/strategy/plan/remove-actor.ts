import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { actorSnapshot, strategySubject } from './plan-audit.ts';
import { deleteActor, findActor } from './repository.ts';

/** Removes an actor; the others keep their order (gaps are closed by the next move). */
export async function removeActor(tx: Executor, options: { actor: CurrentUser; organisationId: string; actorId: string }): Promise<'removed' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const found = await findActor(tx, strategy.id, options.actorId);
  if (!found) return 'gone';
  await deleteActor(tx, found.id);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, options.actor, 'strategy.actor.remove', strategySubject(strategy.id), actorSnapshot(found));
  return 'removed';
}
