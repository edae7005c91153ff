import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { enforceLimits, type Limit } from '../../../platform/http/rate-limit.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { cancelRegistration } from './cancel-registration.ts';
import { claimRegistration } from './claim-registration.ts';
import { confirmAddress, confirmRegistration, findConfirmedRegistration, type RegistrationOutcome } from './confirm-registration.ts';
import { CATALOGUE_PATH, eventPath, registrationPath } from '../core/paths.ts';
import { getDateWithEvent } from '../core/event-lookups.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import { type RegistrationState, isRegistrationOpen, seatsLeft } from '../core/rules.ts';
import { openRegistration, sealRegistration } from './form-token.ts';
import { acceptOffer } from './promote-from-waiting-list.ts';
import { waitingPosition, type RegistrationRow } from './repository.ts';
import { answersToValues, confirmForm, manageForm, registrationForm } from './schema.ts';
import {
  findManagedRegistration,
  loadRegistrationContext,
  registrationAddressPath,
  registrationManagePath,
  registrationOfferPath,
  streamLinkDue,
  type RegistrationContext,
} from './service.ts';
import { HOLD_MINUTES } from '../core/rules.ts';
import { AddressConfirmPage, RegistrationHeldPage } from './views/address.tsx';
import { RegistrationCheckPage } from './views/check.tsx';
import { RegistrationDonePage } from './views/done.tsx';
import { RegistrationFormPage } from './views/form.tsx';
import { RegistrationManagePage, RegistrationOfferPage } from './views/manage.tsx';

const FORM = '/veranstaltungen/:slug/termine/:dateId/anmeldung';
const MANAGE = '/anmeldung/:reference';

// Each confirmation sends an e-mail: the limits keep the form from being used to flood an
// address, while a whole town hall behind one address can still register.
const LIMITS = {
  confirmPerIp: { name: 'event-registration:ip', max: 200, windowSeconds: 3600 },
  confirmPerAddress: { name: 'event-registration:email', max: 10, windowSeconds: 3600 },
  // The seats of one date are what a script would grab, one made-up address after another.
  // Colleagues behind one gateway register a handful at a time, and the eleventh waits a few
  // minutes at most; one client takes at most 60 seats of a date an hour instead of all.
  confirmPerDateAndClient: { name: 'event-registration:date-ip', max: 10, windowSeconds: 600 },
} satisfies Record<string, Limit>;

type DateRoute = { Params: { slug: string; dateId: string }; Querystring: { token?: string } };
type ManageRoute = { Params: { reference: string }; Querystring: { token?: string } };

/** The confirmations the manage page shows once after an action, by their words. */
function manageNotices(t: Messages) {
  const m = t.eventRegistration.manage;
  return { cancelled: m.cancelledNotice, accepted: m.acceptedNotice, addressConfirmed: m.addressConfirmedNotice, claimed: m.claimedNotice };
}
type ManageNotice = keyof ReturnType<typeof manageNotices>;

/** First name(s) and last name from an account's display name, for the prefilled form. */
function prefill(user: CurrentUser | null): FormValues {
  if (!user) return {};
  const words = user.displayName.trim().split(/\s+/);
  const lastName = words.length > 1 ? words.pop()! : '';
  return { firstName: words.join(' '), lastName, email: user.email };
}

export function registrationRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function loadDate(request: FastifyRequest<DateRoute>): Promise<RegistrationContext> {
    const ctx = await loadRegistrationContext(deps.db, request.params.dateId);
    if (!ctx || ctx.event.slug !== request.params.slug) throw notFound();
    // Drafts stay invisible to the public, as on the event pages; editors see why they cannot register.
    if (ctx.event.status !== 'published' && !hasPermission(request.user, 'content:edit')) throw notFound();
    return ctx;
  }

  function closedPage(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: RegistrationContext,
    state: Exclude<RegistrationState, { open: true }>,
    posted: boolean,
  ) {
    const m = request.t.eventRegistration.closed;
    const reason = state.reason === 'deadline' ? m.deadline(formatDateTime(request.locale, ctx.date.registrationDeadline)) : m[state.reason];
    const page = h(
      MessagePage,
      { ctx: request.view(), title: m.title, body: posted ? [reason, m.nothingStored] : reason },
      h('p', { class: 'kern-body' }, h('a', { href: eventPath(ctx.event.slug) }, m.backToEvent)),
    );
    // A GET answers the question "can I register?"; a POST that cannot be accepted is refused.
    return reply.page(page, posted ? 400 : 200);
  }

  function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: RegistrationContext,
    form: { values: FormValues; errors?: FieldError[]; fromAccount?: boolean },
  ) {
    const { errors } = form;
    const props = {
      ctx: request.view(),
      ...ctx,
      action: registrationPath(ctx.event.slug, ctx.date.id),
      full: seatsLeft(ctx.date) === 0,
      fromAccount: form.fromAccount ?? false,
      values: form.values,
      errors,
    };
    return reply.page(h(RegistrationFormPage, props), errors ? 400 : 200);
  }

  function tokenProblem(request: FastifyRequest, reply: FastifyReply, ctx: RegistrationContext, kind: 'invalid' | 'wrongDate') {
    const m = request.t.eventRegistration.token;
    const page = h(
      MessagePage,
      { ctx: request.view(), title: kind === 'invalid' ? m.invalidTitle : m.wrongDateTitle, body: kind === 'invalid' ? m.invalidBody : m.wrongDateBody },
      h('p', { class: 'kern-body' }, h('a', { href: registrationPath(ctx.event.slug, ctx.date.id) }, m.startAgain)),
    );
    return reply.page(page, 400);
  }

  function lapsedPage(request: FastifyRequest, reply: FastifyReply, of: Pick<RegistrationContext, 'event' | 'date'>) {
    const m = request.t.eventRegistration.address;
    const page = h(
      MessagePage,
      { ctx: request.view(), title: m.lapsedTitle, body: m.lapsedBody(HOLD_MINUTES) },
      h('p', { class: 'kern-body' }, h('a', { href: registrationPath(of.event.slug, of.date.id) }, m.registerAgain)),
    );
    return reply.page(page, 410);
  }

  async function donePage(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: RegistrationContext,
    outcome: Extract<RegistrationOutcome, { kind: 'registered' }>,
  ) {
    // No manage link for a held seat: it would open the confirmation without the e-mail.
    if (outcome.registration.status === 'held') {
      return reply.page(h(RegistrationHeldPage, { ctx: request.view(), event: ctx.event, date: ctx.date, registration: outcome.registration }));
    }
    // A reload after the hold ran out must not look like a confirmation.
    if (outcome.registration.status === 'cancelled' && outcome.registration.holdExpiresAt) return lapsedPage(request, reply, ctx);
    return reply.page(
      h(RegistrationDonePage, {
        ctx: request.view(),
        event: ctx.event,
        date: ctx.date,
        registration: outcome.registration,
        position: outcome.position,
        managePath: registrationManagePath(outcome.registration.reference, outcome.manageToken),
        streamLinkMinutes: deps.config.events.streamLinkMinutes,
      }),
    );
  }

  // --- the form, and "Ändern" from the check page ---------------------------------------------
  app.get<DateRoute>(FORM, async (request, reply) => {
    const ctx = await loadDate(request);
    const state = isRegistrationOpen(ctx.date, new Date());
    if (!state.open) return closedPage(request, reply, ctx, state, false);
    if (request.query.token === undefined) return formPage(request, reply, ctx, { values: prefill(request.user), fromAccount: Boolean(request.user) });
    const token = openRegistration(deps.keyring, request.query.token);
    if (!token) return tokenProblem(request, reply, ctx, 'invalid');
    if (token.dateId !== ctx.date.id) return tokenProblem(request, reply, ctx, 'wrongDate');
    return formPage(request, reply, ctx, { values: answersToValues(token.answers, ctx.questions, ctx.worldCafe.length > 0) });
  });

  // --- the form is sent: check your answers (nothing is stored) -------------------------------
  app.post<DateRoute>(FORM, async (request, reply) => {
    const ctx = await loadDate(request);
    const state = isRegistrationOpen(ctx.date, new Date());
    if (!state.open) return closedPage(request, reply, ctx, state, true);
    const schema = registrationForm(
      ctx.questions,
      ctx.worldCafe.map((w) => w.id),
    );
    const form = parseForm(schema, request.body, request.t);
    if (!form.ok) return formPage(request, reply, ctx, form);
    const token = sealRegistration(deps.keyring, {
      answers: form.data,
      dateId: ctx.date.id,
      consentVersion: ctx.event.consentVersion,
      userId: request.user?.id ?? null,
    });
    const formPath = registrationPath(ctx.event.slug, ctx.date.id);
    return reply.page(
      h(RegistrationCheckPage, {
        ctx: request.view(),
        ...ctx,
        answers: form.data,
        token,
        formPath,
        confirmPath: `${formPath}/bestaetigen`,
        full: seatsLeft(ctx.date) === 0,
        holdMinutes: ctx.event.requiresConfirmedEmail ? HOLD_MINUTES : undefined,
      }),
    );
  });

  // --- confirmation: the one step that stores ------------------------------------------------
  app.post<DateRoute>(`${FORM}/bestaetigen`, async (request, reply) => {
    const ctx = await loadDate(request);
    const body = parseForm(confirmForm, request.body, request.t);
    const token = body.ok ? openRegistration(deps.keyring, body.data.token) : undefined;
    if (!token) return tokenProblem(request, reply, ctx, 'invalid');
    if (token.dateId !== ctx.date.id) return tokenProblem(request, reply, ctx, 'wrongDate');
    // A reload or double click finds what the first click stored, even if the date has closed since.
    const earlier = await findConfirmedRegistration(deps, token);
    if (earlier?.kind === 'registered') return donePage(request, reply, ctx, earlier);
    const state = isRegistrationOpen(ctx.date, new Date());
    if (!state.open) return closedPage(request, reply, ctx, state, true);
    const values = answersToValues(token.answers, ctx.questions, ctx.worldCafe.length > 0);
    if (token.consentVersion !== ctx.event.consentVersion) {
      const { consent: _agreedToTheOldText, ...rest } = values;
      return formPage(request, reply, ctx, { values: rest, errors: [{ field: 'consent', message: request.t.eventRegistration.errors.consentChanged }] });
    }
    // The editor may have changed the questions since the form was filled in.
    const answers = parseForm(
      registrationForm(
        ctx.questions,
        ctx.worldCafe.map((w) => w.id),
      ),
      values,
      request.t,
    );
    if (!answers.ok) return formPage(request, reply, ctx, answers);
    await enforceLimits(deps, [
      { limit: LIMITS.confirmPerIp, subject: request.ip },
      { limit: LIMITS.confirmPerAddress, subject: answers.data.email },
      { limit: LIMITS.confirmPerDateAndClient, subject: `${ctx.date.id}:${request.ip}` },
    ]);
    const outcome = await confirmRegistration(deps, { ctx, token, answers: answers.data, user: request.user, locale: request.locale });
    if (outcome.kind === 'exists') {
      const m = request.t.eventRegistration.duplicate;
      return reply.page(h(MessagePage, { ctx: request.view(), title: m.title, body: m.body }));
    }
    return donePage(request, reply, ctx, outcome);
  });

  // --- the person's own page: view and cancel ----------------------------------------------------
  type Managed = { registration: RegistrationRow; event: RegistrationContext['event']; date: RegistrationContext['date']; token: string };

  /** 'deleted' once the retention period has removed the registration's personal data. */
  async function loadManaged(request: FastifyRequest<ManageRoute>, token: unknown): Promise<Managed | 'deleted'> {
    const registration = await findManagedRegistration(deps.db, request.params.reference, token);
    if (registration?.anonymisedAt) return 'deleted';
    const found = registration && (await getDateWithEvent(deps.db, registration.dateId));
    if (!registration || !found) throw notFound();
    return { registration, ...found, token: token as string };
  }

  function deletedPage(request: FastifyRequest, reply: FastifyReply) {
    const m = request.t.eventRegistration.deleted;
    const page = h(
      MessagePage,
      { ctx: request.view(), title: m.title, body: m.body },
      h('p', { class: 'kern-body' }, h('a', { href: CATALOGUE_PATH }, m.toEvents)),
    );
    return reply.page(page, 410);
  }

  async function managePage(request: FastifyRequest, reply: FastifyReply, loaded: Managed, status = 200, notice?: string) {
    const { registration: r, event, date, token } = loaded;
    const user = request.user;
    const now = new Date();
    return reply.page(
      h(RegistrationManagePage, {
        ctx: request.view(),
        event,
        date,
        registration: r,
        token,
        position: r.status === 'waiting' ? await waitingPosition(deps.db, r) : undefined,
        offerPath: registrationOfferPath(r.reference, token),
        addressPath: registrationAddressPath(r.reference, token),
        account: !user ? undefined : r.userId === user.id ? 'linked' : r.userId === null ? 'claimable' : undefined,
        streamUrl: streamLinkDue(date, r, deps.config.events.streamLinkMinutes, now) ? (date.streamUrl ?? undefined) : undefined,
        streamLinkMinutes: deps.config.events.streamLinkMinutes,
        canCancel: date.startsAt.getTime() > now.getTime(),
        notice,
      }),
      status,
    );
  }

  // The manage link keeps its token; only the confirmation travels in the notice cookie.
  function backToManage(reply: FastifyReply, loaded: Managed, notice: ManageNotice) {
    return redirectWithNotice(reply, registrationManagePath(loaded.registration.reference, loaded.token), { word: notice });
  }

  app.get<ManageRoute>(MANAGE, async (request, reply) => {
    const loaded = await loadManaged(request, request.query.token);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const texts = manageNotices(request.t);
    const notice = knownNotice(request, texts);
    return managePage(request, reply, loaded, 200, notice && texts[notice.word]);
  });

  app.post<ManageRoute>(MANAGE, async (request, reply) => {
    const form = parseForm(manageForm, request.body, request.t);
    const loaded = await loadManaged(request, form.ok ? form.data.token : undefined);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const outcome = await cancelRegistration(deps, { registrationId: loaded.registration.id, actor: null, locale: request.locale });
    if (outcome.ok) return backToManage(reply, loaded, 'cancelled');
    if (outcome.reason === 'alreadyCancelled') return reply.redirect(registrationManagePath(loaded.registration.reference, loaded.token), 303);
    return managePage(request, reply, loaded, 409);
  });

  // --- a seat offered from the waiting list: GET shows, POST accepts ------------------------------
  function offerProblem(request: FastifyRequest, reply: FastifyReply, registration: RegistrationRow, token: string, expired: boolean) {
    const m = request.t.eventRegistration.offer;
    const page = h(
      MessagePage,
      { ctx: request.view(), title: expired ? m.expiredTitle : m.notOfferedTitle, body: expired ? m.expiredBody : m.notOfferedBody },
      h('p', { class: 'kern-body' }, h('a', { href: registrationManagePath(registration.reference, token) }, m.toRegistration)),
    );
    return reply.page(page, expired ? 410 : 409);
  }

  app.get<ManageRoute>(`${MANAGE}/angebot`, async (request, reply) => {
    const loaded = await loadManaged(request, request.query.token);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const { registration: r, token } = loaded;
    if (r.status === 'confirmed') return reply.redirect(registrationManagePath(r.reference, token), 303);
    if (r.status !== 'offered') return offerProblem(request, reply, r, token, false);
    if (!r.offerExpiresAt || r.offerExpiresAt.getTime() <= Date.now()) return offerProblem(request, reply, r, token, true);
    return reply.page(
      h(RegistrationOfferPage, {
        ctx: request.view(),
        event: loaded.event,
        date: loaded.date,
        registration: r,
        token,
        managePath: registrationManagePath(r.reference, token),
      }),
    );
  });

  app.post<ManageRoute>(`${MANAGE}/angebot`, async (request, reply) => {
    const form = parseForm(manageForm, request.body, request.t);
    const loaded = await loadManaged(request, form.ok ? form.data.token : undefined);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const { registration: r, token } = loaded;
    const outcome = await acceptOffer(deps, { registrationId: r.id, locale: request.locale });
    if (outcome.ok) return backToManage(reply, loaded, 'accepted');
    // A second click after the first one succeeded lands where the first did.
    if (r.status === 'confirmed') return backToManage(reply, loaded, 'accepted');
    return offerProblem(request, reply, r, token, outcome.reason === 'expired');
  });

  // --- a held seat: the link from the e-mail shows a button, only the POST confirms ---------------
  // (mail gateways and link scanners open every link in an e-mail)
  app.get<ManageRoute>(`${MANAGE}/bestaetigen`, async (request, reply) => {
    const loaded = await loadManaged(request, request.query.token);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const { registration: r, token } = loaded;
    // Confirmed already (a second click on the link), waiting or offered: nothing to confirm here.
    if (r.status !== 'held' && r.status !== 'cancelled') return reply.redirect(registrationManagePath(r.reference, token), 303);
    const open = r.status === 'held' && !loaded.date.cancelledAt && r.holdExpiresAt && r.holdExpiresAt.getTime() > Date.now();
    if (!open) return lapsedPage(request, reply, loaded);
    return reply.page(h(AddressConfirmPage, { ctx: request.view(), event: loaded.event, date: loaded.date, registration: r, token }));
  });

  app.post<ManageRoute>(`${MANAGE}/bestaetigen`, async (request, reply) => {
    const form = parseForm(manageForm, request.body, request.t);
    const loaded = await loadManaged(request, form.ok ? form.data.token : undefined);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const outcome = await confirmAddress(deps, { registrationId: loaded.registration.id, locale: request.locale });
    if (outcome.ok) return backToManage(reply, loaded, 'addressConfirmed');
    // A second click, or a seat that is confirmed, waiting or offered: the registration's page says which.
    if (outcome.reason === 'notHeld') return reply.redirect(registrationManagePath(loaded.registration.reference, loaded.token), 303);
    return lapsedPage(request, reply, loaded);
  });

  // --- a registration made without an account is linked to one only by its own link -----------------
  app.post<ManageRoute>(`${MANAGE}/konto`, { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(manageForm, request.body, request.t);
    const loaded = await loadManaged(request, form.ok ? form.data.token : undefined);
    if (loaded === 'deleted') return deletedPage(request, reply);
    const outcome = await claimRegistration(deps, { registrationId: loaded.registration.id, actor: request.user! });
    if (outcome === 'claimed') return backToManage(reply, loaded, 'claimed');
    const m = request.t.eventRegistration.claim;
    const page = h(
      MessagePage,
      { ctx: request.view(), title: m.otherAccountTitle, body: m.otherAccountBody },
      h(
        'p',
        { class: 'kern-body' },
        h('a', { href: registrationManagePath(loaded.registration.reference, loaded.token) }, request.t.eventRegistration.offer.toRegistration),
      ),
    );
    return reply.page(page, 409);
  });
}
