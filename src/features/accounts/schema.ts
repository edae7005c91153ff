import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password.ts';
import { checkbox, emailField, requiredText } from '../../platform/http/form.ts';

const newPassword = () =>
  z
    .string({ error: 'accounts.errors.passwordRequired' })
    .min(1, { error: 'accounts.errors.passwordRequired' })
    .min(PASSWORD_MIN_LENGTH, { error: 'passwordTooShort' })
    .max(PASSWORD_MAX_LENGTH);

// Login and "current password" fields only need to be present: the check is the hash.
const anyPassword = () =>
  z.string({ error: 'accounts.errors.passwordRequired' }).min(1, { error: 'accounts.errors.passwordRequired' }).max(PASSWORD_MAX_LENGTH);

function confirmed<T extends { password: string; passwordConfirm: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordsDiffer' });
  }
}

export const signupForm = z
  .strictObject({
    // name shown to other members
    displayName: requiredText(120, 'accounts.errors.nameRequired'),
    // login address; lower-cased
    email: emailField('accounts.errors.emailRequired'),
    // new password, at least 12 characters
    password: newPassword(),
    // the same password again, against typing mistakes
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH),
    // agreement to the privacy notice, stored with its text version
    privacyConsent: checkbox().refine((v) => v, { message: 'accounts.signup.consentRequired' }),
  })
  .superRefine(confirmed);

export const loginForm = z.strictObject({
  // login address
  email: emailField('accounts.errors.emailRequired'),
  // password as typed
  password: anyPassword(),
  // where to go after login; checked by safeNext
  weiter: z.string().max(500).optional(),
});

export const forgotForm = z.strictObject({
  // address the reset link goes to, if it has an account
  email: emailField('accounts.errors.emailRequired'),
});

export const resetForm = z
  .strictObject({
    // the link secret from the e-mail
    token: z.string().max(200),
    // new password
    password: newPassword(),
    // the same password again
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .superRefine(confirmed);

export const confirmLinkForm = z.strictObject({
  // the link secret from the e-mail, carried by the page's button
  token: z.string().max(200),
});

export const profileForm = z.strictObject({
  // name shown to other members
  displayName: requiredText(120, 'accounts.errors.nameRequired'),
  // language of e-mails sent to this person
  locale: z.enum(['de', 'en'], { error: 'choice' }),
});

export const changePasswordForm = z
  .strictObject({
    // proves that the person at the keyboard owns the account
    currentPassword: anyPassword(),
    // new password
    password: newPassword(),
    // the same password again
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .superRefine(confirmed);

export const changeEmailForm = z.strictObject({
  // the address to move to; confirmed by a link sent there
  newEmail: emailField('accounts.errors.emailRequired'),
  // proves that the person at the keyboard owns the account
  currentPassword: anyPassword(),
});

export const deleteAccountForm = z.strictObject({
  // proves that the person at the keyboard owns the account
  currentPassword: anyPassword(),
  // explicit confirmation
  confirm: checkbox().refine((v) => v, { message: 'accounts.deletion.confirmRequired' }),
});

/** An account without a password asks for the deletion link instead. */
export const deleteAccountByMailForm = deleteAccountForm.omit({ currentPassword: true });
