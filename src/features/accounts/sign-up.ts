import { hashPassword } from '../../platform/auth/password.ts';
import { issueAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail, insertUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { messagesFor, type Locale } from '../../platform/i18n/index.ts';
import { queueAccountMail, window } from './mails.ts';
import { insertConsent } from './repository.ts';

export const PRIVACY_CONSENT_VERSION = 'konto-2026-11';

export interface SignUpOptions {
  displayName: string;
  email: string;
  password: string;
  locale: Locale;
}

/**
 * Creates an unverified account and sends the confirmation link. When the address already
 * has an account, the page looks exactly the same and the owner gets a notice by e-mail
 * instead: the answer never tells a stranger which addresses are registered.
 */
export async function signUp(deps: AppDeps, options: SignUpOptions): Promise<void> {
  const passwordHash = await hashPassword(options.password);
  await deps.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, options.email);
    if (existing) {
      if (existing.emailVerifiedAt) {
        await queueAccountMail(deps, tx, 'exists', existing, {
          link: '/passwort-vergessen',
          dedupeKey: `signup-exists:${existing.id}:${window(60)}`,
        });
      } else {
        const token = await issueAccountToken(tx, existing.id, 'verify-email');
        await queueAccountMail(deps, tx, 'verify', existing, {
          link: `/registrieren/bestaetigen?token=${token}`,
          dedupeKey: `verify:${existing.id}:${window(10)}`,
        });
      }
      return;
    }
    const user = await insertUser(tx, {
      email: options.email,
      displayName: options.displayName,
      passwordHash,
      locale: options.locale,
    });
    if (!user) throw new Error('sign-up raced with another sign-up for the same address');
    await insertConsent(tx, {
      userId: user.id,
      purpose: 'account',
      textVersion: PRIVACY_CONSENT_VERSION,
      text: messagesFor(options.locale).accounts.signup.consentText,
    });
    const token = await issueAccountToken(tx, user.id, 'verify-email');
    await queueAccountMail(deps, tx, 'verify', user, {
      link: `/registrieren/bestaetigen?token=${token}`,
      dedupeKey: `verify:${user.id}:${window(10)}`,
    });
  });
}
