import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { isOneClickMultipartBody } from '../../platform/http/csrf.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../platform/http/form.ts';
import { withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { mailSite } from '../../platform/mail/site.ts';
import { confirmSubscription, findConfirmable } from './confirm-subscription.ts';
import { confirmPath, CONFIRM_PATH, NEWSLETTER_PATH, REQUESTED_PATH, UNSUBSCRIBE_PATH, unsubscribePath } from './paths.ts';
import { requestSubscription } from './request-subscription.ts';
import { subscribeForm } from './schema.ts';
import { activeSubscriptionOf } from './service.ts';
import { findSubscriberById } from './subscriber-repository.ts';
import { readUnsubscribeToken, signUnsubscribeToken } from './tokens.ts';
import { unsubscribe } from './unsubscribe.ts';
import { ButtonPage, DonePage, NewsletterPage, RequestedPage } from './views/public.tsx';

const LIMITS = {
  // Colleagues behind one town hall's gateway subscribe a few at a time; a script trying
  // addresses one after another is stopped after a few dozen an hour.
  subscribePerClient: { name: 'newsletter:ip', max: 30, windowSeconds: 3600 },
  // Someone typing another person's address again and again: the mail pauses anyway
  // (request-subscription.ts), this stops the requests themselves, for every address alike.
  subscribePerAddress: { name: 'newsletter:email', max: 10, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

type TokenRoute = { Params: { token: string } };

/**
 * The public side: the newsletter page and its form, the confirmation link (double opt-in)
 * and the unsubscribe link of every newsletter mail. The links need no login; a GET only
 * shows a button, the POST acts.
 */
export function publicRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
    status = 200,
  ) {
    const user = request.user;
    const subscription = user && !form.errors ? await activeSubscriptionOf(deps.db, user.email) : undefined;
    const page = h(NewsletterPage, {
      ctx: request.view(),
      values: form.values ?? { email: user?.email ?? '', locale: request.locale },
      errors: form.errors,
      submissionId: form.submissionId ?? newSubmissionId(),
      subscribed: subscription
        ? { email: subscription.email, unsubscribeAction: unsubscribePath(signUnsubscribeToken(deps.keyring, subscription.id)) }
        : undefined,
    });
    return reply.page(page, status);
  }

  function requireSubscriberId(token: string): string {
    const id = readUnsubscribeToken(deps.keyring, token);
    if (!id) throw notFound();
    return id;
  }

  function invalidConfirmation(request: FastifyRequest, reply: FastifyReply) {
    const m = request.t.newsletter.confirm;
    return reply.page(h(DonePage, { ctx: request.view(), title: m.invalidTitle, body: m.invalid }), 404);
  }

  app.get(NEWSLETTER_PATH, async (request, reply) => showPage(request, reply));

  app.post(NEWSLETTER_PATH, async (request, reply) => {
    const form = parseForm(subscribeForm, request.body, request.t);
    if (!form.ok) return showPage(request, reply, form, 400);
    const { email, locale } = form.data;
    const allowed = (await withinLimit(deps, LIMITS.subscribePerClient, request.ip)) && (await withinLimit(deps, LIMITS.subscribePerAddress, email));
    if (!allowed) {
      const errors = [{ field: 'email', message: request.t.newsletter.public.tooMany }];
      return showPage(request, reply, { values: { email, locale }, errors, submissionId: form.submissionId }, 429);
    }
    const site = await mailSite(deps);
    // A member's own address links the subscription to the account (export, deletion).
    const userId = request.user && request.user.email === email ? request.user.id : null;
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await requestSubscription(tx, { keyring: deps.keyring, site, email, locale, userId, now: new Date() });
      return REQUESTED_PATH;
    });
    return reply.redirect(outcome.location, 303);
  });

  app.get(REQUESTED_PATH, async (request, reply) => reply.page(h(RequestedPage, { ctx: request.view() })));

  app.get<TokenRoute>(`${CONFIRM_PATH}/:token`, async (request, reply) => {
    if (!(await findConfirmable(deps.db, request.params.token, new Date()))) return invalidConfirmation(request, reply);
    const m = request.t.newsletter.confirm;
    return reply.page(h(ButtonPage, { ctx: request.view(), title: m.title, body: m.body, action: confirmPath(request.params.token), button: m.button }));
  });

  app.post<TokenRoute>(`${CONFIRM_PATH}/:token`, async (request, reply) => {
    const outcome = await confirmSubscription(deps.db, { token: request.params.token, now: new Date() });
    if (outcome.kind === 'invalid') return invalidConfirmation(request, reply);
    const m = request.t.newsletter.confirm;
    return reply.page(h(DonePage, { ctx: request.view(), title: m.doneTitle, body: m.done, success: true }));
  });

  app.get<TokenRoute>(`${UNSUBSCRIBE_PATH}/:token`, async (request, reply) => {
    const subscriber = await findSubscriberById(deps.db, requireSubscriberId(request.params.token));
    const m = request.t.newsletter.unsubscribe;
    if (!subscriber || subscriber.status === 'unsubscribed') return reply.page(h(DonePage, { ctx: request.view(), title: m.title, body: m.notSubscribed }));
    return reply.page(
      h(ButtonPage, { ctx: request.view(), title: m.title, body: m.body(subscriber.email), action: unsubscribePath(request.params.token), button: m.button }),
    );
  });

  // The button on the page above, and mail programs' one-click POST (RFC 8058), which carries
  // no CSRF token: the platform lets exactly that body through on this route (csrf.ts).
  app.post<TokenRoute>(`${UNSUBSCRIBE_PATH}/:token`, { config: { oneClickUnsubscribe: true } }, async (request, reply) => {
    if (request.isMultipart() && !(await isOneClickMultipartBody(request))) throw badRequest('not a one-click unsubscribe');
    const subscriberId = requireSubscriberId(request.params.token);
    const outcome = await unsubscribe(deps.db, { subscriberId, now: new Date() });
    const m = request.t.newsletter.unsubscribe;
    if (outcome.kind === 'notSubscribed') return reply.page(h(DonePage, { ctx: request.view(), title: m.title, body: m.notSubscribed }));
    return reply.page(h(DonePage, { ctx: request.view(), title: m.doneTitle, body: m.done, success: true }));
  });
}
