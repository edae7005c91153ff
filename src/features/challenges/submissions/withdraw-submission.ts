import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { withdrawable } from '../core/rules.ts';
import { lockSubmissionWithChallenge } from './lock-draft.ts';
import { updateSubmission } from './repository.ts';

export type WithdrawOutcome = { kind: 'withdrawn' } | { kind: 'already' } | { kind: 'notFound' } | { kind: 'closed'; challenge: ChallengeRow };

/**
 * Withdraws a draft or a submitted proposal until the deadline (then the jury has it). The
 * challenge is locked first, as submitting does, so a withdrawal never crosses a submit. The
 * team may then start a new one: the unique index counts only live submissions.
 */
export async function withdrawSubmission(db: Database, options: { actor: AuditActor; submissionId: string; now: Date }): Promise<WithdrawOutcome> {
  return db.transaction(async (tx): Promise<WithdrawOutcome> => {
    const locked = await lockSubmissionWithChallenge(tx, options.submissionId);
    if (!locked) return { kind: 'notFound' };
    const { submission, challenge } = locked;
    if (submission.status === 'withdrawn') return { kind: 'already' };
    if (!withdrawable(submission, challenge, options.now)) return { kind: 'closed', challenge };
    await updateSubmission(tx, submission.id, { status: 'withdrawn', withdrawnAt: options.now });
    await recordAudit(
      tx,
      options.actor,
      'challenges.submission.withdraw',
      { type: 'challenge_submission', id: submission.id },
      { status: submission.status },
      { status: 'withdrawn' },
    );
    return { kind: 'withdrawn' };
  });
}
