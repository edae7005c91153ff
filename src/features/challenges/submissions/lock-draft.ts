import type { Executor } from '../../../platform/db/client.ts';
import { findSubmissionById, lockChallenge, type ChallengeRow, type SubmissionRow } from '../core/repository.ts';
import { submissionOpen } from '../core/rules.ts';
import { lockSubmission } from './repository.ts';

/** Why a draft cannot be changed: it is submitted or withdrawn already, or the window is shut. */
export type DraftRefusal = { kind: 'notFound' } | { kind: 'notDraft'; submission: SubmissionRow } | { kind: 'closed'; challenge: ChallengeRow };

/**
 * Locks the challenge and then the submission – the order every command of this part keeps,
 * so that two of them never wait on each other – and loads both as they are now.
 */
export async function lockSubmissionWithChallenge(
  tx: Executor,
  submissionId: string,
): Promise<{ submission: SubmissionRow; challenge: ChallengeRow } | undefined> {
  const found = await findSubmissionById(tx, submissionId);
  const challenge = found ? await lockChallenge(tx, found.challengeId) : undefined;
  const submission = challenge ? await lockSubmission(tx, submissionId) : undefined;
  return challenge && submission ? { submission, challenge } : undefined;
}

/**
 * The draft, locked for a change, if it still is one and its challenge still takes submissions
 * at `now` (the server's clock when the request came): after the deadline nothing changes.
 */
export async function lockDraft(
  tx: Executor,
  submissionId: string,
  now: Date,
): Promise<{ kind: 'ok'; submission: SubmissionRow; challenge: ChallengeRow } | DraftRefusal> {
  const locked = await lockSubmissionWithChallenge(tx, submissionId);
  if (!locked) return { kind: 'notFound' };
  if (locked.submission.status !== 'draft') return { kind: 'notDraft', submission: locked.submission };
  if (!submissionOpen(locked.challenge, now)) return { kind: 'closed', challenge: locked.challenge };
  return { kind: 'ok', ...locked };
}
