import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser, safeNext } from '../../platform/auth/guards.ts';
import { endSession, startSession } from '../../platform/auth/sessions.ts';
import { findUserById } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { HttpError, notFound } from '../../platform/http/errors.ts';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../platform/http/form.ts';
import { enforceLimits, withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import { MessagePage } from '../../platform/views/message-page.tsx';
import { logIn, warnOfLoginLockout } from './log-in.ts';
import { changePassword, confirmEmailChange, pendingEmailChange, requestEmailChange, updateProfile } from './manage-account.ts';
import { deleteAccount, deleteAccountByMail, exportPersonalData, isDeletionTokenUsable, requestDeletionMail } from './personal-data.ts';
import { isResetTokenUsable, requestPasswordReset, resetLimitSubject, resetPassword } from './reset-password.ts';
import {
  changeEmailForm,
  changePasswordForm,
  confirmLinkForm,
  deleteAccountByMailForm,
  deleteAccountForm,
  forgotForm,
  loginForm,
  profileForm,
  resetForm,
  signupForm,
} from './schema.ts';
import { signUp } from './sign-up.ts';
import { isVerifyTokenUsable, verifyEmail } from './verify-email.ts';
import { AccountPage, ChangeEmailPage, ChangePasswordPage, DeleteAccountPage, ProfilePage } from './views/account-pages.tsx';
import { ConfirmLinkPage, ForgotPasswordPage, LoginPage, ResetPasswordPage, SignupPage } from './views/auth-pages.tsx';

const LIMITS = {
  // Generous: a town hall's staff may all log in from one address in the morning.
  loginPerIp: { name: 'login:ip', max: 100, windowSeconds: 15 * 60 },
  // Wrong guesses lock out the one client that makes them, never the owner elsewhere.
  loginPerClientAndAccount: { name: 'login:ip+account', max: 10, windowSeconds: 15 * 60 },
  // The signed-in forms that check the current password, kept apart from the login's count.
  currentPasswordPerUser: { name: 'current-password:user', max: 10, windowSeconds: 15 * 60 },
  // Each request mails the account's owner; a few for a mail that went astray.
  deletionMailPerUser: { name: 'deletion-mail:user', max: 3, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'reset:ip', max: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset:account', max: 5, windowSeconds: 60 * 60 },
  resetFormPerIp: { name: 'reset-form:ip', max: 30, windowSeconds: 15 * 60 },
  resetFormPerAccount: { name: 'reset-form:account', max: 10, windowSeconds: 15 * 60 },
  signupPerIp: { name: 'signup:ip', max: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** The text of the confirmation the last action on "Mein Konto" left, if any. */
function accountNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.accounts.account.notices;
  const notice = knownNotice(request, texts);
  return notice && texts[notice.word];
}

export function accountRoutes(app: FastifyInstance, deps: AppDeps): void {
  // --- sign-up and verification -------------------------------------------------------
  app.get('/registrieren', async (request, reply) => {
    if (request.user) return reply.redirect('/konto', 303);
    return reply.page(h(SignupPage, { ctx: request.view(), submissionId: newSubmissionId() }));
  });

  app.post('/registrieren', async (request, reply) => {
    const form = parseForm(signupForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(
        h(SignupPage, { ctx: request.view(), values: form.values, errors: form.errors, submissionId: form.submissionId ?? newSubmissionId() }),
        400,
      );
    }
    await enforceLimits(deps, [{ limit: LIMITS.signupPerIp, subject: request.ip }]);
    await signUp(deps, { ...form.data, locale: request.locale });
    const m = request.t.accounts.signup;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.checkEmailTitle, body: [m.checkEmailBody(form.data.email), m.checkEmailHint] }));
  });

  const invalidVerifyLink = (request: FastifyRequest) => {
    const m = request.t.accounts.verify;
    return h(MessagePage, { ctx: request.view(), title: m.invalidTitle, body: m.invalidBody });
  };

  // Mail scanners open links: the GET only shows the button that confirms.
  app.get<{ Querystring: { token?: string } }>('/registrieren/bestaetigen', async (request, reply) => {
    const token = request.query.token;
    if (!token || !(await isVerifyTokenUsable(deps, token))) return reply.page(invalidVerifyLink(request), 400);
    const m = request.t.accounts.verify;
    return reply.page(
      h(ConfirmLinkPage, {
        ctx: request.view(),
        title: m.confirmTitle,
        body: m.confirmBody,
        action: '/registrieren/bestaetigen',
        token,
        submit: m.confirmSubmit,
      }),
    );
  });

  app.post('/registrieren/bestaetigen', async (request, reply) => {
    const form = parseForm(confirmLinkForm, request.body, request.t);
    if (!form.ok || !(await verifyEmail(deps, form.data.token))) return reply.page(invalidVerifyLink(request), 400);
    const m = request.t.accounts.verify;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.doneTitle, body: m.doneBody, variant: 'success' },
        h('p', { class: 'kern-body' }, h('a', { href: '/anmelden' }, request.t.accounts.login.title)),
      ),
    );
  });

  // --- login and logout ----------------------------------------------------------------
  const loginOptions = (request: FastifyRequest, next: string) => deps.loginMethods.map((method) => method.loginOption(deps, request.view(), next));

  app.get<{ Querystring: { weiter?: string } }>('/anmelden', async (request, reply) => {
    const next = safeNext(request.query.weiter);
    if (request.user) return reply.redirect(next, 303);
    const m = request.t.accounts;
    const word = request.notice?.word;
    const notice = word === 'loggedOut' ? m.logout.done : word === 'passwordReset' ? m.reset.done : undefined;
    return reply.page(h(LoginPage, { ctx: request.view(), next, notice, loginOptions: loginOptions(request, next) }));
  });

  app.post('/anmelden', async (request, reply) => {
    const form = parseForm(loginForm, request.body, request.t);
    const body = request.body as Record<string, unknown>;
    const next = safeNext(body.weiter);
    if (!form.ok)
      return reply.page(h(LoginPage, { ctx: request.view(), next, values: form.values, errors: form.errors, loginOptions: loginOptions(request, next) }), 400);
    await enforceLimits(deps, [{ limit: LIMITS.loginPerIp, subject: request.ip }]);
    if (!(await withinLimit(deps, LIMITS.loginPerClientAndAccount, `${request.ip} ${form.data.email}`))) {
      await warnOfLoginLockout(deps, form.data.email, LIMITS.loginPerClientAndAccount);
      throw new HttpError('tooMany');
    }
    const result = await logIn(deps, form.data.email, form.data.password);
    if (!result.ok) {
      const m = request.t.accounts.login;
      const errors: FieldError[] = [{ field: 'email', message: result.reason === 'unverified' ? m.unverified : m.failed }];
      return reply.page(
        h(LoginPage, { ctx: request.view(), next, values: { email: form.data.email }, errors, loginOptions: loginOptions(request, next) }),
        result.reason === 'unverified' ? 403 : 401,
      );
    }
    await startSession(deps.db, request, reply, result.userId);
    return next === '/konto' ? redirectWithNotice(reply, '/konto', { word: 'loggedIn' }) : reply.redirect(next, 303);
  });

  app.post('/abmelden', async (request, reply) => {
    // asked before the session ends: a session that came from single sign-on also ends at the provider
    let atProvider: string | undefined;
    for (const method of deps.loginMethods) atProvider ??= await method.logoutRedirect(deps, request, reply);
    await endSession(deps.db, request, reply);
    return redirectWithNotice(reply, atProvider ?? '/anmelden', { word: 'loggedOut' });
  });

  // --- password reset --------------------------------------------------------------------
  app.get('/passwort-vergessen', async (request, reply) => reply.page(h(ForgotPasswordPage, { ctx: request.view() })));

  app.post('/passwort-vergessen', async (request, reply) => {
    const form = parseForm(forgotForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ForgotPasswordPage, { ctx: request.view(), values: form.values, errors: form.errors }), 400);
    await enforceLimits(deps, [
      { limit: LIMITS.resetPerIp, subject: request.ip },
      { limit: LIMITS.resetPerAccount, subject: form.data.email },
    ]);
    await requestPasswordReset(deps, form.data.email);
    const m = request.t.accounts.forgot;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.sentTitle, body: m.sentBody(form.data.email) }));
  });

  const invalidResetLink = (request: FastifyRequest) => {
    const m = request.t.accounts.reset;
    return h(
      MessagePage,
      { ctx: request.view(), title: m.invalidTitle, body: m.invalidBody },
      h('p', { class: 'kern-body' }, h('a', { href: '/passwort-vergessen' }, m.requestNew)),
    );
  };

  app.get<{ Querystring: { token?: string } }>('/passwort-zuruecksetzen', async (request, reply) => {
    const token = request.query.token;
    if (!token || !(await isResetTokenUsable(deps, token))) return reply.page(invalidResetLink(request), 400);
    return reply.page(h(ResetPasswordPage, { ctx: request.view(), token }));
  });

  app.post('/passwort-zuruecksetzen', async (request, reply) => {
    const form = parseForm(resetForm, request.body, request.t);
    if (!form.ok) {
      const token = typeof form.values.token === 'string' ? form.values.token : '';
      return reply.page(h(ResetPasswordPage, { ctx: request.view(), token, errors: form.errors }), 400);
    }
    await enforceLimits(deps, [
      { limit: LIMITS.resetFormPerIp, subject: request.ip },
      { limit: LIMITS.resetFormPerAccount, subject: await resetLimitSubject(deps, form.data.token) },
    ]);
    const ok = await resetPassword(deps, form.data.token, form.data.password);
    if (!ok) return reply.page(invalidResetLink(request), 400);
    if (request.user) await endSession(deps.db, request, reply);
    return redirectWithNotice(reply, '/anmelden', { word: 'passwordReset' });
  });

  // --- Mein Konto -------------------------------------------------------------------------
  const loadSelf = async (request: FastifyRequest) => {
    const user = await findUserById(deps.db, request.user!.id);
    if (!user) throw notFound();
    return user;
  };

  app.get('/konto', { preHandler: requireUser }, async (request, reply) => {
    const user = await loadSelf(request);
    const links = deps.accountLinks.map((link) => ({ href: link.href, label: link.label(request.t) }));
    const ctx = request.view();
    const sections = await Promise.all(deps.loginMethods.map((method) => method.accountSection(deps, ctx, user.id)));
    return reply.page(h(AccountPage, { ctx, user, links, sections, notice: accountNotice(request) }));
  });

  app.get('/konto/profil', { preHandler: requireUser }, async (request, reply) => {
    const user = await loadSelf(request);
    return reply.page(h(ProfilePage, { ctx: request.view(), values: { displayName: user.displayName, locale: user.locale } }));
  });

  app.post('/konto/profil', { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(profileForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ProfilePage, { ctx: request.view(), values: form.values, errors: form.errors }), 400);
    await updateProfile(deps, request.user!, form.data);
    return redirectWithNotice(reply, '/konto', { word: 'profile' });
  });

  app.get('/konto/passwort', { preHandler: requireUser }, async (request, reply) => reply.page(h(ChangePasswordPage, { ctx: request.view() })));

  app.post('/konto/passwort', { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(changePasswordForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ChangePasswordPage, { ctx: request.view(), errors: form.errors }), 400);
    await enforceLimits(deps, [{ limit: LIMITS.currentPasswordPerUser, subject: request.user!.id }]);
    const result = await changePassword(deps, request, reply, form.data);
    if (result === 'wrongCurrent') {
      return reply.page(
        h(ChangePasswordPage, { ctx: request.view(), errors: [{ field: 'currentPassword', message: request.t.accounts.password.wrongCurrent }] }),
        400,
      );
    }
    return redirectWithNotice(reply, '/konto', { word: 'password' });
  });

  app.get('/konto/email', { preHandler: requireUser }, async (request, reply) => reply.page(h(ChangeEmailPage, { ctx: request.view() })));

  app.post('/konto/email', { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(changeEmailForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ChangeEmailPage, { ctx: request.view(), values: form.values, errors: form.errors }), 400);
    await enforceLimits(deps, [{ limit: LIMITS.currentPasswordPerUser, subject: request.user!.id }]);
    const result = await requestEmailChange(deps, request.user!, form.data);
    if (result !== 'ok') {
      const m = request.t.accounts;
      const errors: FieldError[] =
        result === 'same' ? [{ field: 'newEmail', message: m.email.same }] : [{ field: 'currentPassword', message: m.password.wrongCurrent }];
      return reply.page(h(ChangeEmailPage, { ctx: request.view(), values: { newEmail: form.data.newEmail }, errors }), 400);
    }
    return redirectWithNotice(reply, '/konto', { word: 'emailSent' });
  });

  const invalidChangeLink = (request: FastifyRequest) => {
    const m = request.t.accounts.email;
    return h(MessagePage, { ctx: request.view(), title: m.invalidTitle, body: m.invalidBody });
  };

  // Opened from the e-mail, possibly in another browser: the link itself is the proof. The
  // GET only shows the button, or a mail scanner would confirm an address nobody checked.
  app.get<{ Querystring: { token?: string } }>('/konto/email/bestaetigen', async (request, reply) => {
    const token = request.query.token;
    const newEmail = token ? await pendingEmailChange(deps, token) : undefined;
    if (!token || !newEmail) return reply.page(invalidChangeLink(request), 400);
    const m = request.t.accounts.email;
    return reply.page(
      h(ConfirmLinkPage, {
        ctx: request.view(),
        title: m.confirmTitle,
        body: m.confirmBody(newEmail),
        action: '/konto/email/bestaetigen',
        token,
        submit: m.confirmSubmit,
      }),
    );
  });

  app.post('/konto/email/bestaetigen', async (request, reply) => {
    const form = parseForm(confirmLinkForm, request.body, request.t);
    if (!form.ok || !(await confirmEmailChange(deps, form.data.token))) return reply.page(invalidChangeLink(request), 400);
    return request.user ? redirectWithNotice(reply, '/konto', { word: 'emailChanged' }) : reply.redirect('/anmelden', 303);
  });

  app.get('/konto/daten', { preHandler: requireUser }, async (request, reply) => {
    const data = await exportPersonalData(deps, request.user!);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="meine-daten-${day}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/konto/loeschen', { preHandler: requireUser }, async (request, reply) => {
    const hasPassword = !!(await loadSelf(request)).passwordHash;
    return reply.page(h(DeleteAccountPage, { ctx: request.view(), hasPassword }));
  });

  app.post('/konto/loeschen', { preHandler: requireUser }, async (request, reply) => {
    const user = await loadSelf(request);
    if (!user.passwordHash) {
      const form = parseForm(deleteAccountByMailForm, request.body, request.t);
      if (!form.ok) return reply.page(h(DeleteAccountPage, { ctx: request.view(), hasPassword: false, values: form.values, errors: form.errors }), 400);
      await enforceLimits(deps, [{ limit: LIMITS.deletionMailPerUser, subject: user.id }]);
      // a password set in another tab meanwhile: the form is shown again, now asking for it
      if ((await requestDeletionMail(deps, request.user!)) === 'hasPassword') return reply.redirect('/konto/loeschen', 303);
      const m = request.t.accounts.deletion;
      return reply.page(h(MessagePage, { ctx: request.view(), title: m.mailSentTitle, body: m.mailSentBody(user.email) }));
    }
    const form = parseForm(deleteAccountForm, request.body, request.t);
    if (!form.ok) return reply.page(h(DeleteAccountPage, { ctx: request.view(), hasPassword: true, values: form.values, errors: form.errors }), 400);
    await enforceLimits(deps, [{ limit: LIMITS.currentPasswordPerUser, subject: request.user!.id }]);
    const result = await deleteAccount(deps, request.user!, form.data.currentPassword);
    if (result === 'wrongCurrent') {
      return reply.page(
        h(DeleteAccountPage, {
          ctx: request.view(),
          hasPassword: true,
          values: { confirm: '1' },
          errors: [{ field: 'currentPassword', message: request.t.accounts.password.wrongCurrent }],
        }),
        400,
      );
    }
    await endSession(deps.db, request, reply);
    request.user = null;
    const m = request.t.accounts.deletion;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.doneTitle, body: m.doneBody, variant: 'success' }));
  });

  const invalidDeletionLink = (request: FastifyRequest) => {
    const m = request.t.accounts.deletion;
    return h(MessagePage, { ctx: request.view(), title: m.invalidTitle, body: m.invalidBody });
  };

  // The mailed deletion link of an account without a password; the GET only shows the button.
  app.get<{ Querystring: { token?: string } }>('/konto/loeschen/bestaetigen', async (request, reply) => {
    const token = request.query.token;
    if (!token || !(await isDeletionTokenUsable(deps, token))) return reply.page(invalidDeletionLink(request), 400);
    const m = request.t.accounts.deletion;
    return reply.page(
      h(ConfirmLinkPage, { ctx: request.view(), title: m.confirmTitle, body: m.confirmBody, action: '/konto/loeschen/bestaetigen', token, submit: m.submit }),
    );
  });

  app.post('/konto/loeschen/bestaetigen', async (request, reply) => {
    const form = parseForm(confirmLinkForm, request.body, request.t);
    const outcome = form.ok ? await deleteAccountByMail(deps, form.data.token) : { kind: 'invalid' as const };
    if (outcome.kind === 'invalid') return reply.page(invalidDeletionLink(request), 400);
    // the sessions are gone with the account; this browser's cookie goes too when it was one of them
    if (request.user?.id === outcome.userId) {
      await endSession(deps.db, request, reply);
      request.user = null;
    }
    const m = request.t.accounts.deletion;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.doneTitle, body: m.doneBody, variant: 'success' }));
  });
}
