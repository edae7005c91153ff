import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { ORGANISATIONS_PATH } from '../../organisations/service.ts';
import { certificatePath, feedbackPath, participationPath, registerPath, seriesPath } from '../core/paths.ts';
import { requireModule, requireSeries } from '../core/require-series.ts';
import type { SeriesRow } from '../core/repository.ts';
import { ineligibleReasons, registrationScope, type IneligibleReason } from '../core/rules.ts';
import { cancelParticipation } from './cancel-participation.ts';
import { certificateDocument } from './certificate-document.ts';
import { giveFeedback } from './give-feedback.ts';
import { registerParticipant } from './register-participant.ts';
import { cancelForm, changeQuery, feedbackForm, postedModuleId, registrationForm, type RegistrationInput } from './schema.ts';
import { getParticipation, getRegistrationPage, hasParticipation, type OrganisationChoice, type RegistrationPage, type Target } from './service.ts';
import { RegistrationCheckPage, RegistrationFormPage } from './views/form.tsx';
import { FeedbackPage, ParticipationPage } from './views/participation.tsx';

type SeriesRoute = { Params: { slug: string }; Querystring: Record<string, string | undefined> };
type ModuleRoute = { Params: { slug: string; moduleId: string } };

const FORM = seriesPath(':slug', 'anmelden');
const CONFIRM = seriesPath(':slug', 'anmelden/bestaetigen');
const PARTICIPATION = participationPath(':slug');
const CANCEL = participationPath(':slug', 'abmelden');
const FEEDBACK = feedbackPath(':slug', ':moduleId');
const CERTIFICATE = certificatePath(':slug');

const guard = { preHandler: requireUser };

/** The confirmations the participant's page shows once after a redirect. */
function participationNotices(t: Messages) {
  const n = t.seminarsRegistration.notices;
  return {
    registered: n.registered,
    alreadyRegistered: n.alreadyRegistered,
    cancelled: n.cancelled,
    feedbackSaved: n.feedbackSaved,
    feedbackExists: n.feedbackExists,
  };
}

/** What a sent form amounts to: errors to show with the form, reasons the person may not register, or a registration to check. */
type Checked =
  | { kind: 'errors'; errors: FieldError[]; values: FormValues }
  | { kind: 'ineligible'; reasons: IneligibleReason[] }
  | { kind: 'ok'; input: RegistrationInput; organisation: OrganisationChoice | undefined };

/** Registering for a series or a module, the participant's page, cancelling, pilot feedback and the certificate. */
export function registrationRoutes(app: FastifyInstance, deps: AppDeps): void {
  /** The series and, in module mode, the module; 404 for a draft or another series' module, 400 for the wrong mode. */
  async function loadTarget(request: FastifyRequest, reply: FastifyReply, slug: string, moduleId: string | undefined): Promise<Target | undefined> {
    const series = await requireSeries(deps.db, slug, request.user);
    const module = moduleId === undefined ? undefined : await requireModule(deps.db, series, moduleId);
    const scope = registrationScope(series.registrationMode, module?.id);
    if (scope) return { series, module, scope };
    const m = request.t.seminarsRegistration.scope;
    await reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.title, body: series.registrationMode === 'series' ? m.seriesOnly : m.moduleOnly },
        h('p', { class: 'kern-body' }, h('a', { href: seriesPath(series.slug) }, request.t.seminarsRegistration.ineligible.backToSeries)),
      ),
      400,
    );
    return undefined;
  }

  function closedPage(request: FastifyRequest, reply: FastifyReply, series: SeriesRow, posted: boolean) {
    const m = request.t.seminarsRegistration.closed;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.title, body: posted ? [m.body, m.nothingStored] : m.body },
        h('p', { class: 'kern-body' }, h('a', { href: seriesPath(series.slug) }, request.t.seminarsRegistration.ineligible.backToSeries)),
      ),
      posted ? 409 : 200,
    );
  }

  /** Why the person may not register, each reason in the series' own words; nothing was stored. */
  function ineligiblePage(request: FastifyRequest, reply: FastifyReply, target: Target, reasons: (IneligibleReason | 'noOrganisation')[], status: number) {
    const t = request.t;
    const m = t.seminarsRegistration.ineligible;
    const { series } = target;
    const types = series.organisationTypes.map((type) => t.organisations.types[type as keyof typeof t.organisations.types] ?? type).join(', ');
    const explain = (reason: IneligibleReason | 'noOrganisation') =>
      reason === 'noOrganisation'
        ? m.noOrganisation
        : reason === 'functionRequired'
          ? t.seminars.ineligible.functionRequired(series.requiredFunction)
          : t.seminars.ineligible.organisationType(types);
    const posted = request.method === 'POST';
    const links = [
      ...(posted ? [h('a', { href: registerPath(series.slug, target.module?.id) }, m.backToForm)] : []),
      ...(reasons.includes('noOrganisation') || reasons.includes('organisationType') ? [h('a', { href: ORGANISATIONS_PATH }, m.toOrganisations)] : []),
      h('a', { href: seriesPath(series.slug) }, m.backToSeries),
    ];
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.title, body: [...reasons.map(explain), ...(posted ? [m.nothingStored] : [])] },
        h(
          'ul',
          { class: 'kern-list' },
          links.map((link, i) => h('li', { key: i }, link)),
        ),
      ),
      status,
    );
  }

  function formPage(request: FastifyRequest, reply: FastifyReply, target: Target, page: RegistrationPage, values: FormValues, errors?: FieldError[]) {
    return reply.page(
      h(RegistrationFormPage, {
        ctx: request.view(),
        series: target.series,
        module: target.module,
        page,
        action: registerPath(target.series.slug, target.module?.id),
        values,
        errors,
      }),
      errors ? 400 : 200,
    );
  }

  /** The checks every sent form goes through, on the form and again on the confirmation. */
  function check(request: FastifyRequest, target: Target, page: RegistrationPage): Checked {
    const form = parseForm(registrationForm, request.body, request.t);
    if (!form.ok) return { kind: 'errors', errors: form.errors, values: form.values };
    const m = request.t.seminarsRegistration.errors;
    const { organisationId } = form.data;
    const organisation = organisationId ? page.organisations.find((o) => o.id === organisationId) : undefined;
    const missing = organisationId ? (organisation ? undefined : m.organisationUnknown) : page.needsOrganisation ? m.organisationRequired : undefined;
    if (missing) return { kind: 'errors', errors: [{ field: 'organisationId', message: missing }], values: toValues(request.body as Record<string, unknown>) };
    const reasons = ineligibleReasons(
      { requiredFunction: target.series.requiredFunction, organisationTypes: target.series.organisationTypes },
      { confirmsFunction: form.data.confirmsFunction, functionStatement: form.data.functionStatement, organisationType: organisation?.type },
    );
    if (reasons.length > 0) return { kind: 'ineligible', reasons };
    return { kind: 'ok', input: form.data, organisation };
  }

  const alreadyRegistered = (reply: FastifyReply, target: Target) =>
    redirectWithNotice(reply, participationPath(target.series.slug), { word: 'alreadyRegistered' });

  // --- the form, and "Ändern" from the check page (the answers come back in the query) ---------------
  app.get<SeriesRoute>(FORM, guard, async (request, reply) => {
    const target = await loadTarget(request, reply, request.params.slug, request.query.modul);
    if (!target) return reply;
    const page = await getRegistrationPage(deps.db, target, request.user!.id, new Date());
    if (!page.open) return closedPage(request, reply, target.series, false);
    if (page.registered) return alreadyRegistered(reply, target);
    if (page.needsOrganisation && page.organisations.length === 0) return ineligiblePage(request, reply, target, ['noOrganisation'], 200);
    if (!page.couldBeEligible) return ineligiblePage(request, reply, target, ['organisationType'], 200);
    const change = changeQuery.safeParse(request.query);
    const { modul: _inTheAddress, ...values } = change.success ? change.data : {};
    return formPage(request, reply, target, page, Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined)));
  });

  // --- the form is sent: check your answers (nothing is stored) -----------------------------------
  app.post<SeriesRoute>(FORM, guard, async (request, reply) => {
    const target = await loadTarget(request, reply, request.params.slug, postedModuleId(request.body));
    if (!target) return reply;
    const page = await getRegistrationPage(deps.db, target, request.user!.id, new Date());
    if (!page.open) return closedPage(request, reply, target.series, true);
    const checked = check(request, target, page);
    if (checked.kind === 'errors') return formPage(request, reply, target, page, checked.values, checked.errors);
    if (checked.kind === 'ineligible') return ineligiblePage(request, reply, target, checked.reasons, 400);
    return reply.page(
      h(RegistrationCheckPage, {
        ctx: request.view(),
        series: target.series,
        module: target.module,
        page,
        input: checked.input,
        organisation: checked.organisation,
        formPath: registerPath(target.series.slug, target.module?.id),
        confirmPath: seriesPath(target.series.slug, 'anmelden/bestaetigen'),
        submissionId: newSubmissionId(),
      }),
    );
  });

  // --- the confirmation: the one step that stores --------------------------------------------------
  app.post<SeriesRoute>(CONFIRM, guard, async (request, reply) => {
    const target = await loadTarget(request, reply, request.params.slug, postedModuleId(request.body));
    if (!target) return reply;
    const now = new Date();
    const page = await getRegistrationPage(deps.db, target, request.user!.id, now);
    const checked = check(request, target, page);
    // the check page sends only what the form accepted: anything else was made by hand
    if (checked.kind === 'errors') throw badRequest('registration fields changed after the check');
    if (checked.kind === 'ineligible') return ineligiblePage(request, reply, target, checked.reasons, 400);
    const submissionId = parseForm(registrationForm, request.body, request.t).submissionId;
    const site = await mailSite(deps);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, submissionId, async (tx) => {
      const outcome = await registerParticipant(tx, {
        target,
        actor: request.user!,
        organisationId: checked.organisation?.id,
        functionStatement: checked.input.functionStatement,
        locale: request.locale,
        site,
        now,
      });
      return outcome.kind === 'confirmed' || outcome.kind === 'waiting' ? participationPath(target.series.slug) : { refused: outcome.kind };
    });
    if (!('refused' in done)) return redirectWithNotice(reply, done.location, { word: 'registered' });
    if (done.refused === 'exists') return alreadyRegistered(reply, target);
    return closedPage(request, reply, target.series, true);
  });

  // --- the participant's page ---------------------------------------------------------------------
  app.get<SeriesRoute>(PARTICIPATION, guard, async (request, reply) => {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const participation = await getParticipation(deps.db, series, request.user!.id, new Date());
    if (!participation) throw notFound();
    const texts = participationNotices(request.t);
    const notice = knownNotice(request, texts);
    return reply.page(h(ParticipationPage, { ctx: request.view(), participation, notice: notice && texts[notice.word] }));
  });

  // --- cancelling: the seat goes to the next on the waiting list -------------------------------------
  app.post<SeriesRoute>(CANCEL, guard, async (request, reply) => {
    const form = parseForm(cancelForm, request.body, request.t);
    if (!form.ok) throw badRequest('cancel form');
    const target = await loadTarget(request, reply, request.params.slug, form.data.moduleId);
    if (!target) return reply;
    const site = await mailSite(deps);
    const outcome = await deps.db.transaction((tx) => cancelParticipation(tx, { target, actor: request.user!, locale: request.locale, site, now: new Date() }));
    // a second click finds nothing left to cancel and lands on the series
    if (outcome === 'notRegistered') return reply.redirect(seriesPath(target.series.slug), 303);
    if (outcome === 'begun') {
      const m = request.t.seminarsRegistration.closed;
      return reply.page(
        h(
          MessagePage,
          { ctx: request.view(), title: m.title, body: m.begun },
          h('p', { class: 'kern-body' }, h('a', { href: participationPath(target.series.slug) }, request.t.seminarsRegistration.participation.title)),
        ),
        409,
      );
    }
    if (await hasParticipation(deps.db, target.series.id, request.user!.id)) {
      return redirectWithNotice(reply, participationPath(target.series.slug), { word: 'cancelled' });
    }
    const m = request.t.seminarsRegistration.participation;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.cancelledTitle, body: m.cancelledBody, variant: 'success' },
        h('p', { class: 'kern-body' }, h('a', { href: seriesPath(target.series.slug) }, request.t.seminarsRegistration.ineligible.backToSeries)),
      ),
    );
  });

  // --- feedback on a pilot module: held, attended, once ---------------------------------------------
  async function loadFeedback(request: FastifyRequest<ModuleRoute>) {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const module = await requireModule(deps.db, series, request.params.moduleId);
    const participation = await getParticipation(deps.db, series, request.user!.id, new Date());
    const entry = participation?.modules.find((x) => x.module.id === module.id);
    if (!participation || !entry?.feedback) throw notFound();
    return { series, module, participation, given: entry.feedback === 'given' };
  }

  const feedbackPage = (
    request: FastifyRequest<ModuleRoute>,
    reply: FastifyReply,
    loaded: Awaited<ReturnType<typeof loadFeedback>>,
    form: { submissionId: string; values: FormValues; errors?: FieldError[] },
  ) =>
    reply.page(
      h(FeedbackPage, {
        ctx: request.view(),
        series: loaded.series,
        modules: loaded.participation.modules.map((x) => x.module),
        module: loaded.module,
        action: feedbackPath(loaded.series.slug, loaded.module.id),
        submissionId: form.submissionId,
        values: form.values,
        errors: form.errors,
      }),
      form.errors ? 400 : 200,
    );

  const feedbackExists = (reply: FastifyReply, series: SeriesRow) => redirectWithNotice(reply, participationPath(series.slug), { word: 'feedbackExists' });

  app.get<ModuleRoute>(FEEDBACK, guard, async (request, reply) => {
    const loaded = await loadFeedback(request);
    if (loaded.given) return feedbackExists(reply, loaded.series);
    return feedbackPage(request, reply, loaded, { submissionId: newSubmissionId(), values: {} });
  });

  app.post<ModuleRoute>(FEEDBACK, guard, async (request, reply) => {
    const loaded = await loadFeedback(request);
    const form = parseForm(feedbackForm, request.body, request.t);
    if (!form.ok) {
      if (loaded.given) return feedbackExists(reply, loaded.series);
      return feedbackPage(request, reply, loaded, { submissionId: form.submissionId ?? newSubmissionId(), values: form.values, errors: form.errors });
    }
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await giveFeedback(tx, { module: loaded.module, actor: request.user!, input: form.data });
      return outcome === 'saved' ? participationPath(loaded.series.slug) : { refused: outcome };
    });
    if ('refused' in done) return feedbackExists(reply, loaded.series);
    return redirectWithNotice(reply, done.location, { word: 'feedbackSaved' });
  });

  // --- the certificate, once every module was attended -----------------------------------------------
  app.get<SeriesRoute>(CERTIFICATE, guard, async (request, reply) => {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const now = new Date();
    const participation = await getParticipation(deps.db, series, request.user!.id, now);
    if (!participation?.certificateDue) throw notFound();
    const site = await mailSite(deps);
    const pdf = await renderPdf(certificateDocument(request.t, request.locale, { participation, name: request.user!.displayName, site: site.siteName, now }));
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="teilnahmebescheinigung-${series.slug}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });
}
