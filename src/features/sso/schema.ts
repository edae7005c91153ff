import { z } from 'zod';
import { checkbox, formText } from '../../platform/http/form.ts';

/** The login button: where to go afterwards (a local path, checked again by safeNext). */
export const startForm = z.strictObject({ weiter: z.string().max(500).optional() });

/** Confirming a link with the account's password. */
export const linkPasswordForm = z.strictObject({
  // the password of the existing account, the proof that it belongs to the person
  password: z.string().min(1, { error: 'sso.link.passwordMissing' }).max(1000),
});

/** Asking for the confirmation mail (accounts without a password); no fields. */
export const linkMailForm = z.strictObject({});

/** The button of the mailed link. */
export const linkTokenForm = z.strictObject({ token: formText(100) });

/** Agreeing to the new account. */
export const newAccountForm = z.strictObject({
  // the privacy notice was read and the account may be created
  privacyConsent: checkbox().refine((v) => v, { error: 'sso.newAccount.consentMissing' }),
});

/** Unlinking an identity on the account page. */
export const unlinkForm = z.strictObject({ identity: z.uuid() });
