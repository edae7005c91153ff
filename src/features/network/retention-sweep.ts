import type { AppDeps } from '../../platform/deps.ts';
import { daysBefore } from '../../platform/retention/periods.ts';
import { deleteDigestRunsBefore, deleteNotificationsBefore } from './retention-repository.ts';

/**
 * Days a notification and a digest run are kept. A digest collects at most a week, and the
 * in-app list says what is new, not what happened a year ago; half a year still covers a
 * long absence. The retention overview shows this number.
 */
export const NOTIFICATION_DAYS = 180;

/** Deletes what is older than the period; two processes at once only delete the same rows. */
export async function sweepNetworkRetention(deps: AppDeps, now: Date): Promise<void> {
  const cutoff = daysBefore(now, NOTIFICATION_DAYS);
  await deleteNotificationsBefore(deps.db, cutoff);
  await deleteDigestRunsBefore(deps.db, cutoff);
}
