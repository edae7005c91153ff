import { recordAudit } from '../../platform/audit/record.ts';
import type { Database } from '../../platform/db/client.ts';
import { lockSubscriber, updateSubscriber } from './subscriber-repository.ts';

export type UnsubscribeOutcome = { kind: 'unsubscribed' } | { kind: 'notSubscribed' };

/**
 * Ends a subscription that a signed link names; no login, the signature is the authority.
 * Deliveries not yet sent are skipped by the pacing job. The confirmation link dies with it.
 */
export async function unsubscribe(db: Database, options: { subscriberId: string; now: Date }): Promise<UnsubscribeOutcome> {
  return db.transaction(async (tx): Promise<UnsubscribeOutcome> => {
    const row = await lockSubscriber(tx, options.subscriberId);
    if (!row || row.status === 'unsubscribed') return { kind: 'notSubscribed' };
    await updateSubscriber(tx, row.id, { status: 'unsubscribed', unsubscribedAt: options.now, confirmTokenHash: null });
    await recordAudit(
      tx,
      null,
      'newsletter.subscription.unsubscribe',
      { type: 'newsletter_subscriber', id: row.id },
      { status: row.status },
      { status: 'unsubscribed' },
    );
    return { kind: 'unsubscribed' };
  });
}
