import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The solution library's part of the retention overview; personal-data.ts unlinks the person on account deletion. */
export const solutionsRetention: RetentionEntry[] = [retentionEntry('solutionAdoptions', (m) => m.period), retentionEntry('solutionContacts', (m) => m.period)];
