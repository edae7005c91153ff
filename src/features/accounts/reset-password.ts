import { deleteUserSessions } from '../../platform/auth/session-repository.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { sha256 } from '../../platform/crypto.ts';
import { issueAccountToken, peekAccountToken, redeemAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail, findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queueAccountMail, window } from './mails.ts';

/** Sends a reset link if the address has an account; the caller's answer is the same either way. */
export async function requestPasswordReset(deps: AppDeps, email: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || user.disabledAt) return;
    const token = await issueAccountToken(tx, user.id, 'reset-password');
    await queueAccountMail(deps, tx, 'reset', user, {
      link: `/passwort-zuruecksetzen?token=${token}`,
      dedupeKey: `reset:${user.id}:${window(2)}`,
    });
  });
}

export async function isResetTokenUsable(deps: AppDeps, rawToken: unknown): Promise<boolean> {
  return Boolean(await peekAccountToken(deps.db, rawToken, 'reset-password'));
}

/**
 * What the reset form's per-address limit counts against: the account behind a usable link,
 * else the link itself, so that guessing links and trying one link many times both stop.
 */
export async function resetLimitSubject(deps: AppDeps, rawToken: string): Promise<string> {
  const token = await peekAccountToken(deps.db, rawToken, 'reset-password');
  return token ? `account:${token.userId}` : `link:${sha256(rawToken)}`;
}

/**
 * Sets the new password and ends every session of the account; the link is used up in the
 * same transaction, so it works once. Following the link also proves the address.
 */
export async function resetPassword(deps: AppDeps, rawToken: unknown, password: string): Promise<boolean> {
  // argon2 is slow on purpose: a made-up link must not make the server pay for it.
  if (!(await isResetTokenUsable(deps, rawToken))) return false;
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const token = await redeemAccountToken(tx, rawToken, 'reset-password');
    if (!token) return false;
    const user = await findUserById(tx, token.userId);
    if (!user || user.deletedAt) return false;
    await updateUser(tx, user.id, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
    await deleteUserSessions(tx, user.id);
    await queueAccountMail(deps, tx, 'passwordChanged', user, { dedupeKey: `password-changed:${token.tokenHash}` });
    return true;
  });
}
