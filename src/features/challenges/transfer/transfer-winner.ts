import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { createSolutionFromChallenge } from '../../solutions/service.ts';
import { findChallengeById } from '../core/repository.ts';
import { lockSubmission, setSubmissionSolution } from './repository.ts';
import { transferState } from './rules.ts';

export type TransferOutcome = { kind: 'created'; solutionId: string } | { kind: 'exists'; solutionId: string } | { kind: 'notDecided' } | { kind: 'notWinner' };

/**
 * The submitter confirms: the winning proposal becomes a draft solution of the organisation, and
 * the submission remembers it, in one transaction (the caller's, once per form submission). The
 * route has checked that the submission is the person's and that they may give the profile to
 * this organisation. Under the submission's lock a second confirmation finds the first solution.
 */
export async function transferWinner(tx: Tx, options: { actor: AuditActor; submissionId: string; organisationId: string }): Promise<TransferOutcome> {
  const submission = await lockSubmission(tx, options.submissionId);
  const challenge = submission ? await findChallengeById(tx, submission.challengeId) : undefined;
  if (!submission || !challenge) return { kind: 'notWinner' };
  const state = transferState(challenge, submission);
  if (state !== 'ready') return { kind: state };
  if (submission.solutionId) return { kind: 'exists', solutionId: submission.solutionId };
  const solution = await createSolutionFromChallenge(tx, {
    actor: options.actor,
    organisationId: options.organisationId,
    title: submission.title,
    summary: submission.summary,
    problem: challenge.problem,
    approach: submission.description,
    fieldsOfAction: challenge.fieldsOfAction,
  });
  await setSubmissionSolution(tx, submission.id, solution.id);
  await recordAudit(
    tx,
    options.actor,
    'challenges.submission.transfer',
    { type: 'challenge_submission', id: submission.id },
    { solutionId: null },
    {
      solutionId: solution.id,
      organisationId: options.organisationId,
    },
  );
  return { kind: 'created', solutionId: solution.id };
}
