import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The review engine's part of the retention overview; personal-data.ts does what it says on account deletion. */
export const reviewRetention: RetentionEntry[] = [retentionEntry('reviews', (m) => m.period)];
