import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockSeries } from '../core/repository.ts';
import { indexSeries } from '../core/search-document.ts';
import { updateSeriesRow } from './repository.ts';
import type { SeriesInput } from './schema.ts';
import { seriesSubject } from './series-changed.ts';

/** Saves a series' settings; a published series is searched with its new texts. Its address stays. */
export async function updateSeries(deps: AppDeps, options: { actor: CurrentUser; seriesId: string; input: SeriesInput }): Promise<'saved' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const before = await lockSeries(tx, options.seriesId);
    if (!before) return 'notFound';
    const { id: _id, slug: _slug, status: _status, createdBy: _by, createdAt: _at, updatedAt: _updated, publishedAt: _published, ...was } = before;
    await updateSeriesRow(tx, before.id, options.input);
    await indexSeries(tx, before.id);
    await recordAudit(tx, options.actor, 'seminars.series.update', seriesSubject(before.id), was, options.input);
    return 'saved';
  });
}
