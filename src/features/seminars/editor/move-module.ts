import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { type Direction, moveEntry } from '../../../platform/editor/move.ts';
import { listModules, lockSeries } from '../core/repository.ts';
import { setModulePosition } from './repository.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/** Moves a module a step up or down in its series. */
export async function moveModule(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; direction: Direction },
): Promise<'moved' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    if (!series) return 'notFound';
    const moved = await moveEntry(await listModules(tx, series.id), options.moduleId, options.direction, (id, position) => setModulePosition(tx, id, position));
    if (!moved) return 'notFound';
    await seriesChanged(tx, series.id);
    await recordAudit(
      tx,
      options.actor,
      'seminars.module.move',
      seriesSubject(series.id),
      { moduleId: options.moduleId, position: moved.before },
      { moduleId: options.moduleId, position: moved.after },
    );
    return 'moved';
  });
}
