import { hmac, safeEqual, type Keyring } from '../../../platform/crypto.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

/** A token for every group of the person at once: the digest's List-Unsubscribe header can name only one address. */
export const ALL_GROUPS = '*';

export interface UnsubscribeTarget {
  userId: string;
  /** a group's id, or ALL_GROUPS */
  groupId: string;
}

const PURPOSE = 'network-unsubscribe';
const ALL_PART = 'alle';

function uuidPart(id: string): string {
  return Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');
}

function uuidFrom(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{22}$/.test(part)) return undefined;
  const hex = Buffer.from(part, 'base64url').toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return isUuid(id) ? id : undefined;
}

function mac(keyring: Keyring, target: UnsubscribeTarget): string {
  return hmac(keyring.key(PURPOSE), `${target.userId}|${target.groupId}`);
}

/**
 * The signed part of an unsubscribe link: who and which group, in the clear, and an HMAC over
 * both. It needs no expiry: it can do nothing but turn mails off, and a mail is kept for years.
 */
export function signUnsubscribeToken(keyring: Keyring, target: UnsubscribeTarget): string {
  const group = target.groupId === ALL_GROUPS ? ALL_PART : uuidPart(target.groupId);
  return `${uuidPart(target.userId)}.${group}.${mac(keyring, target)}`;
}

/** The person and group a token names, or undefined for a token that is garbled or not ours. */
export function readUnsubscribeToken(keyring: Keyring, token: string): UnsubscribeTarget | undefined {
  if (token.length > 200) return undefined;
  const [userPart, groupPart, signature, ...rest] = token.split('.');
  if (!userPart || !groupPart || !signature || rest.length > 0) return undefined;
  const userId = uuidFrom(userPart);
  const groupId = groupPart === ALL_PART ? ALL_GROUPS : uuidFrom(groupPart);
  if (!userId || !groupId) return undefined;
  const target = { userId, groupId };
  return safeEqual(signature, mac(keyring, target)) ? target : undefined;
}
