import { pseudonymiseOldAuditEntries } from '../audit/retention.ts';
import { deleteExpiredSessions } from '../auth/session-repository.ts';
import { deleteExpiredAccountTokens } from '../auth/token-repository.ts';
import type { AppDeps } from '../deps.ts';
import { deleteExpiredRateLimits } from '../http/rate-limit-repository.ts';
import { deleteSubmissionsBefore } from '../http/submission-repository.ts';
import { deleteOutboxFilesBefore, outboxDir } from '../mail/outbox.ts';
import { daysBefore, FINISHED_JOB_DAYS, FORM_SUBMISSION_DAYS, OUTBOX_DAYS } from '../retention/periods.ts';
import { clearFinishedJobsBefore } from './repository.ts';

export type MaintenanceDeps = Pick<AppDeps, 'db' | 'keyring' | 'config'>;

/**
 * Removes what has served its purpose: expired sessions and e-mailed links, old rate-limit
 * windows and form submission ids, the personal data of old jobs and outbox mails, and the
 * names and addresses of old audit entries. The periods are those of the retention overview
 * (src/platform/retention). Every step is idempotent, so several app processes may run it
 * at the same time without harm.
 */
export async function runMaintenance(deps: MaintenanceDeps, now = new Date()): Promise<void> {
  const { db } = deps;
  await deleteExpiredSessions(db, now);
  await deleteExpiredAccountTokens(db, now);
  await deleteExpiredRateLimits(db);
  await deleteSubmissionsBefore(db, daysBefore(now, FORM_SUBMISSION_DAYS));
  await clearFinishedJobsBefore(db, daysBefore(now, FINISHED_JOB_DAYS));
  await deleteOutboxFilesBefore(outboxDir(deps.config.dataDir), daysBefore(now, OUTBOX_DAYS));
  await pseudonymiseOldAuditEntries(deps, now);
}
