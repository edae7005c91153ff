import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { deleteMaterial } from './repository.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/** Takes a knowledge item out of a module's materials; the item itself stays in the knowledge base. */
export async function removeMaterial(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; knowledgeItemId: string },
): Promise<'removed' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
    if (!series || !module || !(await deleteMaterial(tx, module.id, options.knowledgeItemId))) return 'notFound';
    await seriesChanged(tx, series.id);
    await recordAudit(tx, options.actor, 'seminars.material.remove', seriesSubject(series.id), {
      moduleId: module.id,
      knowledgeItemId: options.knowledgeItemId,
    });
    return 'removed';
  });
}
