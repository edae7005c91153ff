import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/** The competition's part of the retention overview; personal-data.ts unlinks the person on account deletion. */
export const competitionRetention: RetentionEntry[] = [
  retentionEntry('competitionApplications', (m) => m.period),
  retentionEntry('fundedProjects', (m) => m.period),
];
