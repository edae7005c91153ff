import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './plan-audit.ts';
import { listActors, setActorPosition } from './repository.ts';

/** Moves an actor one place up or down; the strategy's lock keeps two moves from crossing. */
export async function moveActor(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; actorId: string; direction: Direction },
): Promise<'moved' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const moved = await moveEntry(await listActors(tx, strategy.id), options.actorId, options.direction, (id, position) => setActorPosition(tx, id, position));
  if (!moved) return 'gone';
  await touchStrategy(tx, strategy.id);
  await recordAudit(
    tx,
    options.actor,
    'strategy.actor.move',
    strategySubject(strategy.id),
    { id: options.actorId, position: moved.before },
    { id: options.actorId, position: moved.after },
  );
  return 'moved';
}
