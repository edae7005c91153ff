import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { lockChallenge } from '../core/repository.ts';
import { challengeSubject } from './audit-subject.ts';
import { type MissingItem, missingItems } from './checklist.ts';
import { queueReviewRequestMails } from './mails.ts';
import { countCriteria, updateChallengeRow } from './repository.ts';

export type SendForReviewOutcome =
  | { kind: 'sent' }
  /** sent already, or published: nothing to send */
  | { kind: 'notDraft' }
  | { kind: 'incomplete'; missing: MissingItem[] }
  | { kind: 'notFound' };

/**
 * Sends a complete draft to the editors (draft → in_review) and tells each of them by mail; in
 * the caller's transaction (the submission's), so that the status and the mails exist together
 * or not at all. What is missing is checked again under the lock.
 */
export async function sendForReview(tx: Tx, options: { actor: CurrentUser; challengeId: string; site: MailSite; now?: Date }): Promise<SendForReviewOutcome> {
  const now = options.now ?? new Date();
  const before = await lockChallenge(tx, options.challengeId);
  if (!before) return { kind: 'notFound' };
  if (before.status !== 'draft') return { kind: 'notDraft' };
  const missing = missingItems(before, await countCriteria(tx, before.id), now);
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const challenge = await updateChallengeRow(tx, before.id, { status: 'in_review', sentForReviewAt: now });
  await recordAudit(tx, options.actor, 'challenges.sendForReview', challengeSubject(before.id), { status: 'draft' }, { status: 'in_review' });
  await queueReviewRequestMails(tx, challenge, options.site);
  return { kind: 'sent' };
}
