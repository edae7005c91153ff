import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { lockChallenge } from '../core/repository.ts';
import { reviewOpen } from '../core/rules.ts';
import { indexChallenge } from '../core/search-document.ts';
import { queueDecisionMail } from './mails.ts';
import { listPeople, listSubmittedSubmissions, markDecided } from './repository.ts';

export interface PublishDecisionOptions {
  actor: Pick<CurrentUser, 'id' | 'email'>;
  challengeId: string;
  site: MailSite;
  now: Date;
}

export type PublishDecisionOutcome =
  | { kind: 'published'; winners: number; mails: number }
  /** the challenge is not with the jury (before the deadline, or decided already) */
  | { kind: 'closed' }
  /** no winner is chosen: a decision names at least one */
  | { kind: 'noWinner' };

/**
 * Publishes the jury's decision: the challenge is decided now (its page shows the winners, the
 * reviews are closed), the search learns it, and every submitter of a submitted submission is
 * told in their language whether they won. The challenge's row is locked, so that two editors
 * publishing at once make one decision and one mail each.
 */
export async function publishDecision(tx: Executor, options: PublishDecisionOptions): Promise<PublishDecisionOutcome> {
  const challenge = await lockChallenge(tx, options.challengeId);
  if (!challenge || !reviewOpen(challenge, options.now)) return { kind: 'closed' };
  const submitted = await listSubmittedSubmissions(tx, challenge.id);
  const winners = submitted.filter((s) => s.winner);
  if (winners.length === 0) return { kind: 'noWinner' };
  await markDecided(tx, challenge.id, options.now);
  await indexChallenge(tx, challenge.id);
  await recordAudit(
    tx,
    options.actor,
    'challenges.decision.publish',
    { type: 'challenge', id: challenge.id },
    { decidedAt: null },
    { decidedAt: options.now.toISOString(), winners: winners.map((w) => ({ submissionId: w.id, awardNote: w.awardNote })) },
  );
  const people = await listPeople(
    tx,
    submitted.flatMap((s) => (s.submitterId ? [s.submitterId] : [])),
  );
  let mails = 0;
  for (const submission of submitted) {
    const person = people.find((p) => p.id === submission.submitterId);
    // a deleted account has no address any more
    if (!person || person.deleted || person.displayName === null) continue;
    await queueDecisionMail(tx, {
      to: { email: person.email, displayName: person.displayName },
      locale: person.locale,
      challenge,
      submission,
      site: options.site,
    });
    mails++;
  }
  return { kind: 'published', winners: winners.length, mails };
}
