import type { AppDeps } from '../../platform/deps.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { mailSite } from '../../platform/mail/site.ts';
import { newsletterMail, unsubscribeUrl } from './mails.ts';
import {
  claimDueDeliveries,
  countSentSince,
  dropDeliveriesOfInactive,
  findNewsletter,
  finishSentNewsletters,
  countUnsentDeliveries,
  lockSendingNewsletters,
  markDeliverySent,
  type NewsletterRow,
} from './repository.ts';

export interface PacingRound {
  /** mails handed to the mail queue in this round */
  sent: number;
  /** whether deliveries are left for another round */
  remaining: boolean;
}

/**
 * One round of sending: at most `mailsPerMinute` deliveries within any minute, across every
 * newsletter being sent, each handed to the platform's mail queue with its delivery's id as
 * dedupe key and marked sent in the same transaction. The newsletters' row locks make two
 * app processes take turns, so the rate holds and no delivery goes out twice. Deliveries
 * of subscribers who unsubscribed before their turn are dropped, and a newsletter with
 * nothing left is sent.
 */
export async function sendDueDeliveries(deps: AppDeps, options: { now: Date }): Promise<PacingRound> {
  const { now } = options;
  const site = await mailSite(deps);
  return deps.db.transaction(async (tx): Promise<PacingRound> => {
    const sending = await lockSendingNewsletters(tx);
    if (sending.length === 0) return { sent: 0, remaining: false };
    await dropDeliveriesOfInactive(tx);
    const budget = deps.config.newsletter.mailsPerMinute - (await countSentSince(tx, new Date(now.getTime() - 60_000)));
    const due = await claimDueDeliveries(tx, budget);
    const issues = new Map<string, NewsletterRow>();
    for (const delivery of due) {
      let issue = issues.get(delivery.newsletterId);
      if (!issue) {
        // locked above, so it is there
        issue = (await findNewsletter(tx, delivery.newsletterId))!;
        issues.set(issue.id, issue);
      }
      const mail = newsletterMail(site, issue, {
        email: delivery.email,
        locale: delivery.locale,
        unsubscribe: unsubscribeUrl(site, deps.keyring, delivery.subscriberId),
      });
      await queueMail(tx, mail, `newsletter:${delivery.id}`);
      await markDeliverySent(tx, delivery.id, now);
    }
    await finishSentNewsletters(tx, now);
    return { sent: due.length, remaining: (await countUnsentDeliveries(tx)) > 0 };
  });
}
