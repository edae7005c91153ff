import crypto from 'node:crypto';
import type { Database, Tx } from '../../platform/db/client.ts';
import { runOncePerSubmissionUnlessRefused, type Refusal, type SubmissionOutcome } from '../../platform/http/submissions.ts';

/**
 * The submission id of an API write: the client's Idempotency-Key, bound to the token and the
 * operation, so that two integrations (or one integration's event and news) never share a key.
 */
export function submissionIdOf(tokenId: string, operationId: string, idempotencyKey: string): string {
  const hex = crypto.createHash('sha256').update(`api|${tokenId}|${operationId}|${idempotencyKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Runs an API write at most once per Idempotency-Key, like a form's submission id: a retried
 * request (a timeout, a lost answer) stores nothing again and learns the first request's result,
 * the address of the record. A refusal stores nothing, so the corrected request may reuse the key.
 */
export function writeOncePerKey<T>(
  db: Database,
  options: { tokenId: string; operationId: string; idempotencyKey: string; work: (tx: Tx) => Promise<string | Refusal<T>> },
): Promise<SubmissionOutcome | Refusal<T>> {
  return runOncePerSubmissionUnlessRefused(db, submissionIdOf(options.tokenId, options.operationId, options.idempotencyKey), options.work);
}
