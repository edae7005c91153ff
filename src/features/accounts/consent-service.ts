import type { Executor } from '../../platform/db/client.ts';
import { messagesFor, type Locale } from '../../platform/i18n/index.ts';
import { insertConsent } from './repository.ts';
import { PRIVACY_CONSENT_VERSION } from './sign-up.ts';

/**
 * Records the account consent (the sign-up's text and version) for an account created another
 * way, e.g. by single sign-on, inside the caller's transaction: the consent belongs to the account.
 */
export async function recordAccountConsent(tx: Executor, options: { userId: string; locale: Locale }): Promise<void> {
  await insertConsent(tx, {
    userId: options.userId,
    purpose: 'account',
    textVersion: PRIVACY_CONSENT_VERSION,
    text: messagesFor(options.locale).accounts.signup.consentText,
  });
}
