import type { Executor } from '../../../platform/db/client.ts';
import { insertJob } from '../../../platform/jobs/repository.ts';
import { insertNotifications, type NewNotification } from './notifications-repository.ts';

/** The job that mails one notification at once to those who chose "sofort" for its group. */
export const NOTIFICATION_MAIL_JOB = 'network.notification-mail';

/**
 * Records what each person should hear of, in the transaction of the change that causes it.
 * The actor never hears of their own doing, and a person hears of one thing once (a member
 * mentioned in a reply gets the mention, not also the reply). Whether and when it is mailed
 * follows the person's setting for the group at the time the job runs: at once, in the next
 * digest, or not at all.
 */
export async function notify(tx: Executor, items: NewNotification[]): Promise<void> {
  const seen = new Set<string>();
  const wanted = items.filter((n) => {
    const key = `${n.userId}:${n.postId ?? n.threadId ?? n.kind}`;
    if (n.userId === n.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rows = await insertNotifications(tx, wanted);
  for (const row of rows) {
    await insertJob(tx, { kind: NOTIFICATION_MAIL_JOB, payload: { notificationId: row.id }, dedupeKey: `network-notification:${row.id}` });
  }
}
