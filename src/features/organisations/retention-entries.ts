import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The organisations' part of the retention overview; personal-data.ts deletes both with the account. */
export const organisationsRetention: RetentionEntry[] = [retentionEntry('memberships', (m) => m.period), retentionEntry('invitations', (m) => m.period)];
