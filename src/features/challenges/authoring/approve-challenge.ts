import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { lockChallenge } from '../core/repository.ts';
import { indexChallenge } from '../core/search-document.ts';
import { challengeSubject } from './audit-subject.ts';
import { queueApprovedMails } from './mails.ts';
import { updateChallengeRow } from './repository.ts';

/**
 * notInReview: a draft nobody sent, published already (a second editor, a second click).
 * deadlinePassed: the deadline went by while it waited; the editors move the timeline first.
 */
export type ApproveChallengeOutcome = 'published' | 'notInReview' | 'deadlinePassed' | 'notFound';

/**
 * Publishes a challenge the owners sent (in_review → published): its page opens, the search
 * finds it and the organisation's managers are told. In the caller's transaction (the submission's).
 */
export async function approveChallenge(
  tx: Tx,
  options: { actor: CurrentUser; challengeId: string; site: MailSite; now?: Date },
): Promise<ApproveChallengeOutcome> {
  const now = options.now ?? new Date();
  const before = await lockChallenge(tx, options.challengeId);
  if (!before) return 'notFound';
  if (before.status !== 'in_review') return 'notInReview';
  if (before.submissionClosesAt <= now) return 'deadlinePassed';
  const challenge = await updateChallengeRow(tx, before.id, { status: 'published', publishedAt: before.publishedAt ?? now, approvedBy: options.actor.id });
  await indexChallenge(tx, challenge.id);
  await recordAudit(tx, options.actor, 'challenges.approve', challengeSubject(before.id), { status: 'in_review' }, { status: 'published' });
  await queueApprovedMails(tx, challenge, options.site);
  return 'published';
}
