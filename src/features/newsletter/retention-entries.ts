import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';
import { PENDING_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS } from './remove-lapsed-subscriptions.ts';

/**
 * The newsletter's part of the retention overview: remove-lapsed-subscriptions.ts deletes
 * requests never confirmed and cancelled subscriptions; personal-data.ts handles the account's deletion.
 */
export const newsletterRetention: RetentionEntry[] = [retentionEntry('newsletterSubscriptions', (m) => m.period(PENDING_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS))];
