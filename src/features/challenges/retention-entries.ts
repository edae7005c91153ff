import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/**
 * The Call for Solutions' part of the retention overview: retention-sweep.ts removes the
 * proposals that did not win, with their files, the challenge's own number of days after its
 * decision, and unlinks the askers from their questions then; personal-data.ts handles the
 * account's deletion.
 */
export const challengesRetention: RetentionEntry[] = [
  retentionEntry('challengeSubmissions', (m) => m.period),
  retentionEntry('challengeQuestions', (m) => m.period),
];
