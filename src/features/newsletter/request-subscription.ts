import type { Keyring } from '../../platform/crypto.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { MailSite } from '../../platform/mail/site.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { confirmationMail } from './mails.ts';
import { lockOrCreateSubscriber, updateSubscriber, type SubscriberRow } from './subscriber-repository.ts';
import { confirmToken, confirmTokenHash } from './tokens.ts';

/** A second confirmation mail to one address goes out at the earliest this long after the first. */
export const CONFIRMATION_PAUSE_MINUTES = 10;
/** and at most this many within a day of each other. */
export const CONFIRMATIONS_PER_DAY = 3;
const DAY_MS = 24 * 3600_000;

/** Whether the person must learn something: the route answers the same page either way. */
export type RequestSubscriptionOutcome = { kind: 'mailed' } | { kind: 'notMailed' };

function confirmationDue(row: SubscriberRow, now: Date): boolean {
  if (!row.confirmationSentAt) return true;
  const since = now.getTime() - row.confirmationSentAt.getTime();
  if (since < CONFIRMATION_PAUSE_MINUTES * 60_000) return false;
  return since >= DAY_MS || row.confirmationCount < CONFIRMATIONS_PER_DAY;
}

/**
 * Double opt-in, step one: a pending subscription and a mail with the confirmation link. An
 * active subscription stays as it is and gets no mail; a pending one gets its mail again only
 * after a pause and a few times a day, so that someone who types another person's address
 * again and again floods nobody. Runs in the caller's transaction (one per form submission).
 */
export async function requestSubscription(
  tx: Executor,
  options: { keyring: Keyring; site: MailSite; email: string; locale: 'de' | 'en'; userId: string | null; now: Date },
): Promise<RequestSubscriptionOutcome> {
  const { now } = options;
  let row = await lockOrCreateSubscriber(tx, { email: options.email, locale: options.locale, userId: options.userId, now });
  if (row.status === 'active') return { kind: 'notMailed' };
  // A new request after unsubscribing: a new link; the old mails' links stay dead.
  const restart = row.status === 'unsubscribed' ? { status: 'pending' as const, requestedAt: now, unsubscribedAt: null, confirmedAt: null } : {};
  const patch = { ...restart, locale: options.locale, userId: row.userId ?? options.userId };
  row = { ...row, ...patch };
  if (!confirmationDue(row, now)) {
    await updateSubscriber(tx, row.id, patch);
    return { kind: 'notMailed' };
  }
  const token = confirmToken(options.keyring, row);
  const count = row.confirmationSentAt && now.getTime() - row.confirmationSentAt.getTime() < DAY_MS ? row.confirmationCount + 1 : 1;
  await updateSubscriber(tx, row.id, { ...patch, confirmTokenHash: confirmTokenHash(token), confirmationSentAt: now, confirmationCount: count });
  await queueMail(tx, confirmationMail(options.site, { email: row.email, locale: options.locale, token }), `newsletter-confirm:${row.id}:${now.toISOString()}`);
  return { kind: 'mailed' };
}
