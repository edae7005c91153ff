import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/**
 * The workbench's part of the retention overview: personal-data.ts deletes a person's comments
 * with the account and removes the link to the person from answers, progress updates and
 * resolved comments, which stay with the organisation's strategy.
 */
export const strategyRetention: RetentionEntry[] = [
  retentionEntry('strategyContributions', (m) => m.period),
  retentionEntry('strategyComments', (m) => m.period),
];
