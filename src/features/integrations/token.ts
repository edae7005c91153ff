import crypto from 'node:crypto';
import { randomToken, sha256 } from '../../platform/crypto.ts';

/**
 * An API token reads `dk_<prefix>_<secret>`: the prefix (8 hex characters) recognises it in lists
 * and logs, the secret (32 random bytes, base64url) is what makes it unguessable. Only the sha256
 * of the whole token is stored.
 */
const TOKEN_FORMAT = /^dk_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export interface NewToken {
  token: string;
  prefix: string;
  hash: string;
}

export function newApiToken(): NewToken {
  const prefix = crypto.randomBytes(4).toString('hex');
  const token = `dk_${prefix}_${randomToken(32)}`;
  return { token, prefix: `dk_${prefix}`, hash: sha256(token) };
}

/**
 * The hash to look the token up by, or undefined for anything not shaped like a token. Looking up
 * the hash instead of comparing secrets keeps the comparison's time independent of the secret:
 * what the index compares is a hash the sender cannot steer.
 */
export function tokenHashOf(presented: string): string | undefined {
  return TOKEN_FORMAT.test(presented) ? sha256(presented) : undefined;
}

/** The token of an `Authorization: Bearer …` header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}
