import type { Executor } from '../db/client.ts';
import type { AccountTokenPurpose } from '../db/tables.ts';
import { randomToken, sha256 } from '../crypto.ts';
import { consumeToken, findUsableToken, insertAccountToken, invalidateTokens } from './token-repository.ts';

/** How long each kind of e-mailed link works; the maintenance sweep deletes it afterwards. */
export const LIFETIME_MINUTES: Record<AccountTokenPurpose, number> = {
  'verify-email': 48 * 60,
  'reset-password': 60,
  'change-email': 24 * 60,
  // the deletion of an account without a password (single sign-on only), asked for while logged in
  'delete-account': 60,
};

/**
 * Creates a single-use link secret; only its hash is stored. Earlier links stay valid until
 * one of them is used: a repeated request may be answered by a deduplicated e-mail, and the
 * link the person actually received must still work.
 */
export async function issueAccountToken(db: Executor, userId: string, purpose: AccountTokenPurpose, newEmail?: string): Promise<string> {
  const raw = randomToken();
  await insertAccountToken(db, {
    tokenHash: sha256(raw),
    userId,
    purpose,
    newEmail: newEmail ?? null,
    expiresAt: new Date(Date.now() + LIFETIME_MINUTES[purpose] * 60_000),
  });
  return raw;
}

function plausible(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length >= 20 && raw.length <= 100;
}

export async function peekAccountToken(db: Executor, raw: unknown, purpose: AccountTokenPurpose) {
  return plausible(raw) ? findUsableToken(db, sha256(raw), purpose) : undefined;
}

/** Uses a link up; every other open link of the same purpose dies with it. */
export async function redeemAccountToken(db: Executor, raw: unknown, purpose: AccountTokenPurpose) {
  if (!plausible(raw)) return undefined;
  const token = await consumeToken(db, sha256(raw), purpose);
  if (token) await invalidateTokens(db, token.userId, purpose);
  return token;
}
