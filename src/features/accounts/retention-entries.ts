import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The accounts' part of the retention overview; personal-data.ts deletes both with the account. */
export const accountsRetention: RetentionEntry[] = [retentionEntry('accounts', (m) => m.period), retentionEntry('consents', (m) => m.period)];
