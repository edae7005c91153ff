import { verifyPassword } from '../../platform/auth/password.ts';
import { issueAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
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

/**
 * Tells the owner that logins to the account were refused after too many wrong passwords,
 * at most once per lockout window however many clients run into it. The counter is kept
 * per address, known or not, so that the answer takes the same path either way.
 */
export async function warnOfLoginLockout(deps: AppDeps, email: string, lockout: Limit): Promise<void> {
  const notice: Limit = { name: `${lockout.name}:notice`, max: 1, windowSeconds: lockout.windowSeconds };
  if (!(await withinLimit(deps, notice, email))) return;
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.disabledAt) return;
  await queueAccountMail(deps, deps.db, 'loginLimit', user, { link: '/passwort-vergessen', lockMinutes: Math.round(lockout.windowSeconds / 60) });
}
