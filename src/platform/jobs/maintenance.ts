import { deleteExpiredSessions } from '../auth/session-repository.ts';
import type { Database } from '../db/client.ts';
import { deleteExpiredRateLimits } from '../http/rate-limit-repository.ts';
import { deleteSubmissionsBefore } from '../http/submission-repository.ts';
import { deleteFinishedJobsBefore } from './repository.ts';

const DAY = 24 * 3600 * 1000;

/**
 * Removes what has served its purpose: expired sessions, old rate-limit windows, form
 * submission ids and finished jobs. Every statement is idempotent, so several app
 * processes may run it at the same time without harm.
 */
export async function runMaintenance(db: Database, now = new Date()): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteExpiredRateLimits(db);
  await deleteSubmissionsBefore(db, new Date(now.getTime() - 30 * DAY));
  await deleteFinishedJobsBefore(db, new Date(now.getTime() - 30 * DAY));
}
