import type { AppDeps } from '../../platform/deps.ts';
import { deleteLapsedSubscriptions } from './subscriber-repository.ts';

/** Requests never confirmed are deleted this many days after their last confirmation mail. */
export const PENDING_KEEP_DAYS = 30;
/** Cancelled subscriptions are deleted this many days after unsubscribing. */
export const UNSUBSCRIBED_KEEP_DAYS = 30;

const DAY_MS = 24 * 3600_000;

/** The sweep's part of the retention rules; idempotent, two processes may run it at once. */
export async function removeLapsedSubscriptions(deps: AppDeps, options: { now: Date }): Promise<number> {
  const at = options.now.getTime();
  return deleteLapsedSubscriptions(deps.db, {
    pendingBefore: new Date(at - PENDING_KEEP_DAYS * DAY_MS),
    unsubscribedBefore: new Date(at - UNSUBSCRIBED_KEEP_DAYS * DAY_MS),
  });
}
