import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { deleteModule, moduleHasPeople } from './repository.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/**
 * Removes a module with its sessions and materials. A module people registered for or attended
 * stays: removing it would take their registrations and their certificate's modules with it.
 */
export async function removeModule(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string },
): Promise<'removed' | 'notFound' | 'hasPeople'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
    if (!series || !module) return 'notFound';
    if (await moduleHasPeople(tx, module.id)) return 'hasPeople';
    await deleteModule(tx, module.id);
    await seriesChanged(tx, series.id);
    await recordAudit(tx, options.actor, 'seminars.module.remove', seriesSubject(series.id), { moduleId: module.id, title: module.title });
    return 'removed';
  });
}
