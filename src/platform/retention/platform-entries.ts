import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_HOURS } from '../auth/session-lifetime.ts';
import { LIFETIME_MINUTES } from '../auth/tokens.ts';
import type { Config } from '../config.ts';
import { FINISHED_JOB_DAYS, FORM_SUBMISSION_DAYS, LONGEST_RATE_LIMIT_WINDOW_SECONDS, OUTBOX_DAYS } from './periods.ts';
import { retentionEntry, type RetentionEntry } from './registry.ts';

/** What the platform itself keeps about people, beside what the features declare. */
export function platformRetention(config: Pick<Config, 'auditPersonalDataDays'>): RetentionEntry[] {
  return [
    retentionEntry('sessions', (m) =>
      m.period(SESSION_IDLE_HOURS, SESSION_ABSOLUTE_HOURS.member, Math.max(SESSION_ABSOLUTE_HOURS.editor, SESSION_ABSOLUTE_HOURS.admin)),
    ),
    retentionEntry('accountLinks', (m) => m.period(Math.max(...Object.values(LIFETIME_MINUTES)) / 60)),
    retentionEntry('rateLimits', (m) => m.period(LONGEST_RATE_LIMIT_WINDOW_SECONDS / 3600)),
    retentionEntry('formSubmissions', (m) => m.period(FORM_SUBMISSION_DAYS)),
    retentionEntry('mailJobs', (m) => m.period(FINISHED_JOB_DAYS)),
    retentionEntry('mailOutbox', (m) => m.period(OUTBOX_DAYS)),
    retentionEntry('auditLog', (m) => m.period(config.auditPersonalDataDays)),
    retentionEntry('uploadedFiles', (m) => m.period),
    retentionEntry('authorship', (m) => m.period),
    retentionEntry('serverLog', (m) => m.period),
    retentionEntry('backups', (m) => m.period),
  ];
}
