import type { Database } from '../../../platform/db/client.ts';
import { queueMail } from '../../../platform/mail/queue.ts';
import { notificationMail, type MailSite } from './mails.ts';
import { findRecipient } from './recipient.ts';
import { lockNotificationItem, PERSONAL_KINDS, setMailed } from './repository.ts';

export type MailNotificationOutcome =
  | { kind: 'mailed' }
  /** mailed before, by this job's earlier run or a digest */
  | { kind: 'done' }
  /** the person left the group (or the post was hidden): marked as mailed, never sent */
  | { kind: 'dropped' }
  /** for the digest, or kept only in the list because the person turned the group's mails off */
  | { kind: 'left' }
  | { kind: 'notFound' };

const personal: ReadonlySet<string> = new Set(PERSONAL_KINDS);

/**
 * The job of one notification, right after the change that caused it. The row is locked, so
 * the job and a digest never both take it; mailedAt is set in the transaction that queues the
 * mail. A person hears at once when they chose "sofort" for the group; an invitation or the
 * answer to their request they hear of at once anyway (they wait for it, and are no member
 * yet who could choose), unless they turned the group's mails off.
 */
export async function mailNotification(db: Database, options: { notificationId: string; site: MailSite; now: Date }): Promise<MailNotificationOutcome> {
  return db.transaction(async (tx): Promise<MailNotificationOutcome> => {
    const item = await lockNotificationItem(tx, options.notificationId);
    if (!item) return { kind: 'notFound' };
    if (item.mailedAt) return { kind: 'done' };
    const recipient = item.concerns ? await findRecipient(tx, item.userId) : undefined;
    if (!recipient) {
      await setMailed(tx, [item.id], options.now);
      return { kind: 'dropped' };
    }
    const atOnce = item.frequency === 'immediate' || (personal.has(item.kind) && item.frequency !== 'off');
    if (!atOnce) return { kind: 'left' };
    await queueMail(tx, notificationMail(options.site, recipient, item), `network-notification:${item.id}`);
    await setMailed(tx, [item.id], options.now);
    return { kind: 'mailed' };
  });
}
