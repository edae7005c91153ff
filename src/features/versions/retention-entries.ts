import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The versions engine's part of the retention overview; personal-data.ts does what it says on account deletion. */
export const versionsRetention: RetentionEntry[] = [retentionEntry('versions', (m) => m.period)];
