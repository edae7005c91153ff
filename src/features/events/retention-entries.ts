import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';
import { REGISTRATION_RETENTION_DAYS } from './core/retention-period.ts';

/** The events' part of the retention overview; the deleting code is retention.ts. */
export const eventsRetention: RetentionEntry[] = [
  retentionEntry('eventRegistrations', (m) => m.period(REGISTRATION_RETENTION_DAYS.standard, REGISTRATION_RETENTION_DAYS.min, REGISTRATION_RETENTION_DAYS.max)),
  // the name goes with the account (personal-data.ts), the text stays with the shared result
  retentionEntry('worldCafeContributions', (m) => m.period),
];
