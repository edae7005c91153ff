/**
 * How long the platform's own sweep keeps what it removes. The maintenance sweep deletes by
 * these values and the retention overview (/datenschutz/loeschfristen, docs/operations.md)
 * shows them, so the two cannot disagree.
 */

/** Days a done or given-up job keeps its payload (a mail's recipient and text) and error text. */
export const FINISHED_JOB_DAYS = 30;

/** Days a mail file of the development outbox (DATA_DIR/outbox, without SMTP_URL) is kept. */
export const OUTBOX_DAYS = 14;

/** Days a form's one-time submission id is kept: long enough for any open form page. */
export const FORM_SUBMISSION_DAYS = 30;

/**
 * Longest counting window of any rate limit. A counter (an HMAC of an IP or e-mail address)
 * is deleted by the sweep once its window has ended.
 */
export const LONGEST_RATE_LIMIT_WINDOW_SECONDS = 24 * 3600;

export const DAY_MS = 24 * 3600 * 1000;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
