import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { updateModuleRow } from './repository.ts';
import type { ModuleInput } from './schema.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

export async function updateModule(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; input: ModuleInput },
): Promise<'saved' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    const before = series ? await findModule(tx, series.id, options.moduleId) : undefined;
    if (!series || !before) return 'notFound';
    await updateModuleRow(tx, before.id, options.input);
    await seriesChanged(tx, series.id);
    const { id: moduleId, seriesId: _s, position: _p, ...was } = before;
    await recordAudit(tx, options.actor, 'seminars.module.update', seriesSubject(series.id), { moduleId, ...was }, { moduleId, ...options.input });
    return 'saved';
  });
}
