import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { dimensionSubject } from './dimension-audit.ts';
import { listDimensions, updateDimension } from './repository.ts';

/** Moves an active dimension a step up or down among the active ones; the questionnaire and the chart follow this order. */
export async function moveDimension(tx: Executor, options: { actor: CurrentUser; dimensionId: string; direction: Direction }): Promise<'moved' | 'notFound'> {
  const list = await listDimensions(tx, { activeOnly: true });
  const moved = await moveEntry(list, options.dimensionId, options.direction, (id, position) => updateDimension(tx, id, { position }));
  if (!moved) return 'notFound';
  await recordAudit(tx, options.actor, 'strategy.dimension.move', dimensionSubject(options.dimensionId), { position: moved.before }, { position: moved.after });
  return 'moved';
}
