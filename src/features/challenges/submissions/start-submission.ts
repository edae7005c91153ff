import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockChallenge, type ChallengeRow, type SubmissionRow } from '../core/repository.ts';
import { submissionOpen, teamKey } from '../core/rules.ts';
import { findLiveSubmissionOfTeam, insertSubmission } from './repository.ts';

export type StartOutcome =
  | { kind: 'started'; submission: SubmissionRow }
  /** the person's own live submission for the team: they continue it */
  | { kind: 'exists'; submission: SubmissionRow }
  /** a colleague's live submission for the same organisation */
  | { kind: 'taken' }
  | { kind: 'closed'; challenge: ChallengeRow };

/**
 * Starts a draft for the person, for the organisation or on their own. The route has checked
 * the membership and the challenge's eligibility; here, under the challenge's lock, the window
 * and the rule of one live submission per team. Runs in the caller's once-per-submission
 * transaction, so that a double submit makes one draft.
 */
export async function startSubmission(
  tx: Executor,
  options: { actor: AuditActor; challengeId: string; organisation: { id: string; name: string } | null; title: string; now: Date },
): Promise<StartOutcome> {
  const { actor, organisation } = options;
  const challenge = await lockChallenge(tx, options.challengeId);
  if (!challenge) throw new Error(`challenge ${options.challengeId} vanished`);
  if (!submissionOpen(challenge, options.now)) return { kind: 'closed', challenge };
  const team = teamKey({ organisationId: organisation?.id ?? null, userId: actor.id });
  const existing = await findLiveSubmissionOfTeam(tx, challenge.id, team);
  if (existing) return existing.submitterId === actor.id ? { kind: 'exists', submission: existing } : { kind: 'taken' };
  const submission = await insertSubmission(tx, {
    challengeId: challenge.id,
    submitterId: actor.id,
    organisationId: organisation?.id ?? null,
    teamKey: team,
    title: options.title,
  });
  // The challenge's lock orders starts of the same team, so the index can only object to a bug.
  if (!submission) throw new Error(`team ${team} has a live submission the lookup did not see`);
  await recordAudit(tx, actor, 'challenges.submission.start', { type: 'challenge_submission', id: submission.id }, null, {
    challenge: challenge.title,
    organisation: organisation?.name ?? null,
    title: submission.title,
    status: 'draft',
  });
  return { kind: 'started', submission };
}
