import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';

/**
 * The seminar series' part of the retention overview: retention-sweep.ts deletes registrations,
 * attendance and feedback the series' own number of days after its last session;
 * personal-data.ts deletes registrations and attendance with the account and keeps feedback
 * without the person.
 */
export const seminarsRetention: RetentionEntry[] = [
  retentionEntry('seminarParticipation', (m) => m.period),
  retentionEntry('seminarFeedback', (m) => m.period),
];
