import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { countActiveSubscribers, lockNewsletter, markSending, queueDeliveries } from './repository.ts';
import { schedulePacing } from './pacing-job.ts';

export type StartSendingOutcome = { kind: 'started'; recipients: number } | { kind: 'notFound' } | { kind: 'notDraft' } | { kind: 'noRecipients' };

/**
 * Turns a draft into a newsletter being sent: one delivery per active subscriber, all at
 * once, and the pacing job that sends them. Runs in the form submission's transaction, so a
 * double submit queues nothing twice; the newsletter's row lock stops two editors at once.
 */
export async function startSending(tx: Executor, options: { actor: AuditActor; newsletterId: string; now: Date }): Promise<StartSendingOutcome> {
  const newsletter = await lockNewsletter(tx, options.newsletterId);
  if (!newsletter) return { kind: 'notFound' };
  if (newsletter.status !== 'draft') return { kind: 'notDraft' };
  if ((await countActiveSubscribers(tx)) === 0) return { kind: 'noRecipients' };
  const recipients = await queueDeliveries(tx, newsletter.id, options.now);
  await markSending(tx, newsletter.id, { recipientCount: recipients, now: options.now });
  await schedulePacing(tx, options.now);
  await recordAudit(
    tx,
    options.actor,
    'newsletter.send',
    { type: 'newsletter', id: newsletter.id },
    { status: 'draft' },
    { status: 'sending', recipientCount: recipients },
  );
  return { kind: 'started', recipients };
}
