import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser, safeNext } from '../../platform/auth/guards.ts';
import { startSession } from '../../platform/auth/sessions.ts';
import type { OidcConfig } from '../../platform/config.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { HttpError, notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../platform/http/form.ts';
import { enforceLimits, withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import { MessagePage } from '../../platform/views/message-page.tsx';
import { linkByMail, linkWithPassword, openLinkOfMail, sendLinkMail } from './confirm-link.ts';
import { clearSsoCookie, readSsoCookie, sealFor, setSsoCookie, unsealFrom } from './cookies.ts';
import { createAccount } from './create-account.ts';
import { finishLogin, type NewAccountProposal, type RoleOutcome } from './finish-login.ts';
import { pendingLinkView } from './link-service.ts';
import { rememberProviderSession } from './logout-service.ts';
import { CALLBACK_PATH, ProviderUnavailable } from './provider-client.ts';
import { linkMailForm, linkPasswordForm, linkTokenForm, newAccountForm, startForm, unlinkForm } from './schema.ts';
import { startLogin } from './start-login.ts';
import { unlinkIdentity } from './unlink-identity.ts';
import { ConfirmLinkPage, LinkPage, NewAccountPage, RefusedPage, UnavailablePage } from './views/pages.tsx';

const LIMITS = {
  // Each start stores a pending login; generous, since a town hall's staff share one address.
  startPerIp: { name: 'sso-start:ip', max: 100, windowSeconds: 15 * 60 },
  // The link form checks a password: the same bound as the password login per client and account.
  linkPasswordPerClient: { name: 'sso-link:ip+account', max: 10, windowSeconds: 15 * 60 },
  // Each request mails the account's owner.
  linkMailPerIp: { name: 'sso-link-mail:ip', max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

interface LinkTicket {
  key: string;
  idToken: string;
}

/** Single sign-on: start, the provider's answer, linking to an existing account, a new account, unlinking. */
export function ssoRoutes(app: FastifyInstance, deps: AppDeps): void {
  // The routes always exist (the authorization matrix sees them); without OIDC_ISSUER they are 404.
  const configured = (): OidcConfig => {
    if (!deps.config.oidc) throw notFound();
    return deps.config.oidc;
  };

  const unavailable = (request: FastifyRequest, reply: FastifyReply, config: OidcConfig) =>
    reply.page(h(UnavailablePage, { ctx: request.view(), providerName: config.providerName }), 503);

  const loggedIn = async (request: FastifyRequest, reply: FastifyReply, options: { userId: string; idToken: string; next: string }) => {
    const sessionIdHash = await startSession(deps.db, request, reply, options.userId);
    rememberProviderSession(deps, request, reply, { idToken: options.idToken, sessionIdHash });
    return reply.redirect(safeNext(options.next), 303);
  };

  // The provider no longer names the last administrator as one: the operators must look at the provider's groups.
  const warnOfKeptAdmin = (request: FastifyRequest, userId: string, roleOutcome: RoleOutcome) => {
    if (roleOutcome === 'lastAdmin') request.log.warn({ userId }, 'single sign-on: the role claim would demote the last active administrator; role kept');
  };

  app.post('/anmelden/sso', async (request, reply) => {
    const config = configured();
    const form = parseForm(startForm, request.body, request.t);
    if (!form.ok) throw new HttpError('badRequest');
    await enforceLimits(deps, [{ limit: LIMITS.startPerIp, subject: request.ip }]);
    try {
      const started = await startLogin(deps, { oidc: config, returnTo: safeNext(form.data.weiter) });
      setSsoCookie(request, reply, 'login', started.key);
      return reply.redirect(started.location, 303);
    } catch (error) {
      if (error instanceof ProviderUnavailable) return unavailable(request, reply, config);
      throw error;
    }
  });

  app.get(CALLBACK_PATH, async (request, reply) => {
    const config = configured();
    const key = readSsoCookie(request, 'login');
    clearSsoCookie(request, reply, 'login');
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    let outcome: Awaited<ReturnType<typeof finishLogin>>;
    try {
      outcome = await finishLogin(deps, { oidc: config, key, query });
    } catch (error) {
      if (error instanceof ProviderUnavailable) return unavailable(request, reply, config);
      throw error;
    }
    switch (outcome.kind) {
      case 'refused':
        return reply.page(
          h(RefusedPage, { ctx: request.view(), providerName: config.providerName, reason: outcome.reason }),
          outcome.reason === 'disabled' ? 403 : 400,
        );
      case 'loggedIn':
        warnOfKeptAdmin(request, outcome.userId, outcome.roleOutcome);
        return loggedIn(request, reply, { userId: outcome.userId, idToken: outcome.idToken, next: outcome.returnTo });
      case 'confirmLink': {
        const ticket: LinkTicket = { key: outcome.linkKey, idToken: outcome.idToken };
        setSsoCookie(request, reply, 'link', sealFor(deps.keyring, 'link', ticket));
        return reply.redirect('/anmelden/sso/verknuepfen', 303);
      }
      case 'newAccount':
        setSsoCookie(request, reply, 'newAccount', sealFor(deps.keyring, 'newAccount', outcome.proposal));
        return reply.redirect('/anmelden/sso/konto-anlegen', 303);
    }
  });

  // --- linking an existing account ---------------------------------------------------------
  const linkTicket = (request: FastifyRequest): LinkTicket | undefined => {
    const ticket = unsealFrom(deps.keyring, 'link', readSsoCookie(request, 'link')) as LinkTicket | undefined;
    return ticket && typeof ticket.key === 'string' && typeof ticket.idToken === 'string' ? ticket : undefined;
  };

  const linkExpired = (request: FastifyRequest, reply: FastifyReply) => {
    const m = request.t.sso.link;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.expiredTitle, body: m.expiredBody },
        h('p', { class: 'kern-body' }, h('a', { href: '/anmelden' }, request.t.sso.tryAgain)),
      ),
      400,
    );
  };

  app.get('/anmelden/sso/verknuepfen', async (request, reply) => {
    const config = configured();
    const ticket = linkTicket(request);
    const view = ticket && (await pendingLinkView(deps, ticket.key));
    if (!view) return linkExpired(request, reply);
    return reply.page(h(LinkPage, { ctx: request.view(), providerName: config.providerName, ...view }));
  });

  app.post('/anmelden/sso/verknuepfen', async (request, reply) => {
    const config = configured();
    const ticket = linkTicket(request);
    const view = ticket && (await pendingLinkView(deps, ticket.key));
    if (!ticket || !view) return linkExpired(request, reply);
    const form = parseForm(linkPasswordForm, request.body, request.t);
    if (!form.ok) return reply.page(h(LinkPage, { ctx: request.view(), providerName: config.providerName, ...view, errors: form.errors }), 400);
    if (!(await withinLimit(deps, LIMITS.linkPasswordPerClient, `${request.ip} ${view.email}`))) throw new HttpError('tooMany');
    const outcome = await linkWithPassword(deps, { linkKey: ticket.key, password: form.data.password });
    if (outcome.kind === 'expired') return linkExpired(request, reply);
    if (outcome.kind === 'wrongPassword') {
      const errors = [{ field: 'password', message: request.t.sso.link.wrongPassword }];
      return reply.page(h(LinkPage, { ctx: request.view(), providerName: config.providerName, ...view, errors }), 400);
    }
    clearSsoCookie(request, reply, 'link');
    warnOfKeptAdmin(request, outcome.userId, outcome.roleOutcome);
    return loggedIn(request, reply, { userId: outcome.userId, idToken: ticket.idToken, next: '/konto' });
  });

  app.post('/anmelden/sso/verknuepfen/email', async (request, reply) => {
    configured();
    const ticket = linkTicket(request);
    const view = ticket && (await pendingLinkView(deps, ticket.key));
    // an account with a password confirms with it; the mail is for those without one
    if (!ticket || !view || view.hasPassword) return linkExpired(request, reply);
    const form = parseForm(linkMailForm, request.body, request.t);
    if (!form.ok) throw new HttpError('badRequest');
    await enforceLimits(deps, [{ limit: LIMITS.linkMailPerIp, subject: request.ip }]);
    if ((await sendLinkMail(deps, { linkKey: ticket.key, locale: request.locale })) === 'expired') return linkExpired(request, reply);
    clearSsoCookie(request, reply, 'link');
    const m = request.t.sso.link;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.mailSentTitle, body: m.mailSentBody(view.email) }));
  });

  app.get<{ Querystring: { token?: string } }>('/anmelden/sso/verknuepfen/bestaetigen', async (request, reply) => {
    const config = configured();
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    if (!token || token.length > 100 || !(await openLinkOfMail(deps, token))) return linkExpired(request, reply);
    return reply.page(h(ConfirmLinkPage, { ctx: request.view(), providerName: config.providerName, token }));
  });

  app.post('/anmelden/sso/verknuepfen/bestaetigen', async (request, reply) => {
    const config = configured();
    const form = parseForm(linkTokenForm, request.body, request.t);
    if (!form.ok) return linkExpired(request, reply);
    const outcome = await linkByMail(deps, { token: form.data.token });
    if (outcome.kind !== 'linked') return linkExpired(request, reply);
    warnOfKeptAdmin(request, outcome.userId, outcome.roleOutcome);
    const m = request.t.sso.link;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.doneTitle, body: m.doneBody(config.providerName), variant: 'success' },
        h('p', { class: 'kern-body' }, h('a', { href: '/anmelden' }, request.t.accounts.login.title)),
      ),
    );
  });

  // --- a new account ------------------------------------------------------------------------
  const proposalOf = (request: FastifyRequest): NewAccountProposal | undefined => {
    const proposal = unsealFrom(deps.keyring, 'newAccount', readSsoCookie(request, 'newAccount')) as NewAccountProposal | undefined;
    return proposal && typeof proposal.subject === 'string' && typeof proposal.email === 'string' ? proposal : undefined;
  };

  const noOpenLogin = (request: FastifyRequest, reply: FastifyReply, config: OidcConfig) =>
    reply.page(h(RefusedPage, { ctx: request.view(), providerName: config.providerName, reason: 'noLogin' }), 400);

  const newAccountPage = (
    request: FastifyRequest,
    config: OidcConfig,
    proposal: NewAccountProposal,
    submissionId: string,
    errors?: { field: string; message: string }[],
  ) =>
    h(NewAccountPage, {
      ctx: request.view(),
      providerName: config.providerName,
      displayName: proposal.displayName,
      email: proposal.email,
      roleLabel: request.t.accounts.account.roles[proposal.role ?? 'member'],
      submissionId,
      errors,
    });

  app.get('/anmelden/sso/konto-anlegen', async (request, reply) => {
    const config = configured();
    const proposal = proposalOf(request);
    if (!proposal) return noOpenLogin(request, reply, config);
    return reply.page(newAccountPage(request, config, proposal, newSubmissionId()));
  });

  app.post('/anmelden/sso/konto-anlegen', async (request, reply) => {
    const config = configured();
    const proposal = proposalOf(request);
    if (!proposal) return noOpenLogin(request, reply, config);
    const form = parseForm(newAccountForm, request.body, request.t);
    if (!form.ok) return reply.page(newAccountPage(request, config, proposal, form.submissionId ?? newSubmissionId(), form.errors), 400);
    const outcome = await createAccount(deps, { proposal, locale: request.locale, submissionId: form.submissionId });
    if (outcome.kind === 'taken') {
      clearSsoCookie(request, reply, 'newAccount');
      const m = request.t.sso.newAccount;
      return reply.page(h(MessagePage, { ctx: request.view(), title: m.takenTitle, body: m.takenBody }), 409);
    }
    clearSsoCookie(request, reply, 'newAccount');
    if (!outcome.userId) return reply.redirect(outcome.location, 303);
    return loggedIn(request, reply, { userId: outcome.userId, idToken: proposal.idToken, next: outcome.location });
  });

  // --- the account page's section -----------------------------------------------------------
  app.post('/konto/sso/loesen', { preHandler: requireUser }, async (request, reply) => {
    const config = configured();
    const form = parseForm(unlinkForm, request.body, request.t);
    if (!form.ok) throw new HttpError('badRequest');
    const outcome = await unlinkIdentity(deps, { actor: request.user!, identityId: form.data.identity });
    if (outcome === 'notFound') throw notFound();
    const m = request.t.sso.account;
    if (outcome === 'noPassword') {
      return reply.page(
        h(
          MessagePage,
          { ctx: request.view(), title: m.title(config.providerName), body: m.noPasswordHint },
          h('p', { class: 'kern-body' }, h('a', { href: '/konto' }, m.back)),
        ),
        400,
      );
    }
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.unlinkedTitle, body: m.unlinkedBody(config.providerName), variant: 'success' },
        h('p', { class: 'kern-body' }, h('a', { href: '/konto' }, m.back)),
      ),
    );
  });
}
