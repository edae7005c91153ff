import { recordAudit } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deletePersonalDataOfSeries, listSeriesDueForRemoval } from './operations/repository.ts';

/**
 * DSGVO storage limitation: `retention_days` after a series' last session its registrations,
 * attendance and feedback are deleted. One transaction per series, so a failure leaves none
 * half done; safe in several processes at once, since a series with nothing left is not due.
 */
export async function removeExpiredSeminarData(deps: Pick<AppDeps, 'db'>, now: Date): Promise<number> {
  const due = await listSeriesDueForRemoval(deps.db, now);
  for (const seriesId of due) {
    await deps.db.transaction(async (tx) => {
      const removed = await deletePersonalDataOfSeries(tx, seriesId);
      if (removed.registrations + removed.attendance + removed.feedback > 0) {
        await recordAudit(tx, null, 'seminars.series.removePersonalData', { type: 'seminar_series', id: seriesId }, undefined, removed);
      }
    });
  }
  return due.length;
}
