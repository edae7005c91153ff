import type { Executor } from '../../../platform/db/client.ts';
import { indexSeries } from '../core/search-document.ts';
import { touchSeries } from './repository.ts';

/** What the audit log files every change of a series, its modules, sessions and materials under. */
export const seriesSubject = (seriesId: string) => ({ type: 'seminar_series', id: seriesId });

/** After a change below the series: it counts as changed, and a published one is searched as it is now. */
export async function seriesChanged(tx: Executor, seriesId: string): Promise<void> {
  await touchSeries(tx, seriesId);
  await indexSeries(tx, seriesId);
}
