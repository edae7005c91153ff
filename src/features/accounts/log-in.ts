import { verifyPassword } from '../../platform/auth/password.ts';
import { issueAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queueAccountMail, window } from './mails.ts';

export type LogInResult = { ok: true; userId: string } | { ok: false; reason: 'failed' | 'unverified' };

/**
 * Checks address and password. An unknown address costs the same time as a wrong password,
 * and both give the same answer. Only the owner (who knows the password) learns that the
 * address still needs confirming, and gets the link again.
 */
export async function logIn(deps: AppDeps, email: string, password: string): Promise<LogInResult> {
  const user = await findUserByEmail(deps.db, email);
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: 'failed' };
  if (!user.emailVerifiedAt) {
    await deps.db.transaction(async (tx) => {
      const token = await issueAccountToken(tx, user.id, 'verify-email');
      await queueAccountMail(deps, tx, 'verify', user, {
        link: `/registrieren/bestaetigen?token=${token}`,
        dedupeKey: `verify:${user.id}:${window(10)}`,
      });
    });
    return { ok: false, reason: 'unverified' };
  }
  return { ok: true, userId: user.id };
}
