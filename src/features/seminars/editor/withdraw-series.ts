import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockSeries } from '../core/repository.ts';
import { unindexSeries } from '../core/search-document.ts';
import { setSeriesStatus } from './repository.ts';
import { seriesSubject } from './series-changed.ts';

/** Makes a published series a draft again: its page closes to the public and it leaves the search. */
export async function withdrawSeries(deps: AppDeps, options: { actor: CurrentUser; seriesId: string }): Promise<'withdrawn' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    if (!series) return 'notFound';
    if (series.status === 'draft') return 'withdrawn';
    await setSeriesStatus(tx, series.id, 'draft', null);
    await unindexSeries(tx, series.id);
    await recordAudit(tx, options.actor, 'seminars.series.withdraw', seriesSubject(series.id), { status: 'published' }, { status: 'draft' });
    return 'withdrawn';
  });
}
