import { hmac, safeEqual, sha256, type Keyring } from '../../platform/crypto.ts';
import { isUuid } from '../../platform/text/uuid.ts';

/** How long a confirmation link works after its last mail. */
export const CONFIRM_LINK_DAYS = 7;

function uuidPart(id: string): string {
  return Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');
}

function uuidFrom(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{22}$/.test(part)) return undefined;
  const hex = Buffer.from(part, 'base64url').toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return isUuid(id) ? id : undefined;
}

/**
 * The secret of a confirmation link, derived from the subscription and the start of its
 * request (decision 0011): every mail of one request carries the same link, so a repeated
 * mail does not kill the link of the first, and the database keeps only its sha256.
 */
export function confirmToken(keyring: Keyring, subscriber: { id: string; requestedAt: Date }): string {
  return hmac(keyring.key('newsletter-confirm'), `${subscriber.id}|${subscriber.requestedAt.toISOString()}`);
}

export function confirmTokenHash(token: string): string {
  return sha256(token);
}

/** A confirmation token has the length of a base64url sha256; anything else is not looked up. */
export function plausibleConfirmToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

function unsubscribeMac(keyring: Keyring, subscriberId: string): string {
  return hmac(keyring.key('newsletter-unsubscribe'), subscriberId);
}

/**
 * The unsubscribe link's token: the subscription in the clear and an HMAC over it. It does not
 * expire: it can only turn the newsletter off, and mails are kept for years.
 */
export function signUnsubscribeToken(keyring: Keyring, subscriberId: string): string {
  return `${uuidPart(subscriberId)}.${unsubscribeMac(keyring, subscriberId)}`;
}

/** The subscription a token names, or undefined for one that is garbled or not ours. */
export function readUnsubscribeToken(keyring: Keyring, token: string): string | undefined {
  if (token.length > 100) return undefined;
  const [idPart, signature, ...rest] = token.split('.');
  if (!idPart || !signature || rest.length > 0) return undefined;
  const id = uuidFrom(idPart);
  return id && safeEqual(signature, unsubscribeMac(keyring, id)) ? id : undefined;
}
