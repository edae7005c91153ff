import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';
import { NOTIFICATION_DAYS } from './retention-sweep.ts';

/**
 * The network's part of the retention overview: personal-data.ts removes the profile, the
 * memberships and the notifications with the account and unlinks the person from posts and
 * reports; retention-sweep.ts deletes notifications after NOTIFICATION_DAYS.
 */
export const networkRetention: RetentionEntry[] = [
  retentionEntry('networkProfiles', (m) => m.period),
  retentionEntry('networkMemberships', (m) => m.period),
  retentionEntry('networkPosts', (m) => m.period),
  retentionEntry('networkNotifications', (m) => m.period(NOTIFICATION_DAYS)),
];
