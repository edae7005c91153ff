import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockSeries } from '../core/repository.ts';
import { indexSeries } from '../core/search-document.ts';
import { hasModuleWithSession, setSeriesStatus } from './repository.ts';
import { seriesSubject } from './series-changed.ts';

/**
 * Publishes a series: its page opens and the search finds it. A series without a module with a
 * session has nothing to register for and is refused.
 */
export async function publishSeries(deps: AppDeps, options: { actor: CurrentUser; seriesId: string }): Promise<'published' | 'notFound' | 'noSession'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    if (!series) return 'notFound';
    if (!(await hasModuleWithSession(tx, series.id))) return 'noSession';
    if (series.status === 'published') return 'published';
    await setSeriesStatus(tx, series.id, 'published', new Date());
    await indexSeries(tx, series.id);
    await recordAudit(tx, options.actor, 'seminars.series.publish', seriesSubject(series.id), { status: 'draft' }, { status: 'published' });
    return 'published';
  });
}
