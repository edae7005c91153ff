import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';

/**
 * Whether a submission may become a solution profile: only a winner that was submitted (not
 * withdrawn, not a draft) of a challenge whose winners are published. `notDecided` is a window
 * not open yet (409); `notWinner` is nothing to show (404).
 */
export function transferState(
  challenge: Pick<ChallengeRow, 'status' | 'decidedAt'>,
  submission: Pick<SubmissionRow, 'winner' | 'status'>,
): 'ready' | 'notDecided' | 'notWinner' {
  if (challenge.status !== 'published' || challenge.decidedAt === null) return 'notDecided';
  if (!submission.winner || submission.status !== 'submitted') return 'notWinner';
  return 'ready';
}
