import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { lockChallenge } from '../core/repository.ts';
import { challengeSubject } from './audit-subject.ts';
import { queueReturnedMails } from './mails.ts';
import { updateChallengeRow } from './repository.ts';

/**
 * Gives a challenge the owners sent back to them (in_review → draft) with the editors' note,
 * which their overview shows and the organisation's managers get by mail. In the caller's
 * transaction (the submission's).
 */
export async function returnChallenge(
  tx: Tx,
  options: { actor: CurrentUser; challengeId: string; note: string; site: MailSite },
): Promise<'returned' | 'notInReview' | 'notFound'> {
  const before = await lockChallenge(tx, options.challengeId);
  if (!before) return 'notFound';
  if (before.status !== 'in_review') return 'notInReview';
  const challenge = await updateChallengeRow(tx, before.id, { status: 'draft', reviewNote: options.note });
  await recordAudit(tx, options.actor, 'challenges.return', challengeSubject(before.id), { status: 'in_review' }, { status: 'draft', note: options.note });
  await queueReturnedMails(tx, challenge, options.site);
  return 'returned';
}
