import { recordAudit } from '../../platform/audit/record.ts';
import type { Database, Executor } from '../../platform/db/client.ts';
import { findSubscriberByConfirmHash, lockSubscriber, updateSubscriber, type SubscriberRow } from './subscriber-repository.ts';
import { CONFIRM_LINK_DAYS, confirmTokenHash, plausibleConfirmToken } from './tokens.ts';

export type ConfirmOutcome = { kind: 'confirmed' } | { kind: 'invalid' };

/**
 * Whether a confirmation link is one to show the button for: a pending request whose last
 * mail is at most CONFIRM_LINK_DAYS old, or an active one (a second click changes nothing).
 */
function usable(row: SubscriberRow | undefined, now: Date): row is SubscriberRow {
  if (!row) return false;
  if (row.status === 'active') return true;
  if (row.status !== 'pending' || !row.confirmationSentAt) return false;
  return now.getTime() - row.confirmationSentAt.getTime() <= CONFIRM_LINK_DAYS * 24 * 3600_000;
}

export async function findConfirmable(db: Executor, token: string, now: Date): Promise<SubscriberRow | undefined> {
  if (!plausibleConfirmToken(token)) return undefined;
  const row = await findSubscriberByConfirmHash(db, confirmTokenHash(token));
  return usable(row, now) ? row : undefined;
}

/** Double opt-in, step two: the POST from the confirmation page (mail scanners only GET). */
export async function confirmSubscription(db: Database, options: { token: string; now: Date }): Promise<ConfirmOutcome> {
  const found = await findConfirmable(db, options.token, options.now);
  if (!found) return { kind: 'invalid' };
  return db.transaction(async (tx): Promise<ConfirmOutcome> => {
    const row = await lockSubscriber(tx, found.id);
    if (!usable(row, options.now) || row.confirmTokenHash !== found.confirmTokenHash) return { kind: 'invalid' };
    if (row.status === 'active') return { kind: 'confirmed' };
    await updateSubscriber(tx, row.id, { status: 'active', confirmedAt: options.now });
    await recordAudit(tx, null, 'newsletter.subscription.confirm', { type: 'newsletter_subscriber', id: row.id }, { status: 'pending' }, { status: 'active' });
    return { kind: 'confirmed' };
  });
}
