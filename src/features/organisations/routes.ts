import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission, requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps, OrganisationSection } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError } from '../../platform/http/form.ts';
import { runOncePerSubmissionUnlessRefused } from '../../platform/http/submissions.ts';
import type { Messages } from '../../platform/i18n/index.ts';
import { accountRoutes } from './account-routes.ts';
import { createOrganisation, updateOrganisation } from './edit-organisation.ts';
import { leaveOrganisation } from './leave-organisation.ts';
import { memberRoutes } from './member-routes.ts';
import { LIST_PATH, organisationPath } from './paths.ts';
import { refusedToManager, requireManagedOrganisation, requireOrganisation } from './require-organisation.ts';
import { requestMembership } from './request-membership.ts';
import { organisationForm, organisationListQuery } from './schema.ts';
import { getOrganisationProfile, listOrganisations, type OrganisationProfile } from './service.ts';
import { OrganisationListPage } from './views/list.tsx';
import { organisationValues } from './views/organisation-fields.tsx';
import { CreateOrganisationPage, EditOrganisationPage } from './views/organisation-form.tsx';
import { OrganisationProfilePage } from './views/profile.tsx';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';

type SlugRoute = { Params: { slug: string } };

/** The one rule of saving that the form cannot check by itself. */
const arsTakenErrors = (t: Messages): FieldError[] => [{ field: 'ars', message: t.organisations.validation.arsTaken }];

/** What the person typed, for the form shown again; parseForm has checked that it is a form body. */
const typedValues = (body: unknown) => toValues(body as Record<string, unknown>);

export function organisationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canCreate = requirePermission('organisation:create');

  app.get(LIST_PATH, async (request, reply) => {
    const query = organisationListQuery.parse(request.query ?? {});
    const result = await listOrganisations(deps.db, { text: query.suche || undefined, type: query.typ, page: query.seite });
    return reply.page(h(OrganisationListPage, { ctx: request.view(), filter: { suche: query.suche, typ: query.typ }, result }));
  });

  app.get(`${LIST_PATH}/neu`, { preHandler: canCreate }, async (request, reply) =>
    reply.page(h(CreateOrganisationPage, { ctx: request.view(), submissionId: newSubmissionId() })),
  );

  app.post(`${LIST_PATH}/neu`, { preHandler: canCreate }, async (request, reply) => {
    const form = parseForm(organisationForm, request.body, request.t);
    const showAgain = (errors: FieldError[], status: number) => {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(CreateOrganisationPage, { ctx: request.view(), submissionId, values: typedValues(request.body), errors }), status);
    };
    if (!form.ok) return showAgain(form.errors, 400);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const created = await createOrganisation(tx, { actor: request.user!, input: form.data });
      return created.kind === 'created' ? organisationPath(created.organisation.slug) : { refused: created };
    });
    if ('refused' in outcome) return showAgain(arsTakenErrors(request.t), 409);
    return redirectWithNotice(reply, outcome.location, { word: 'created' });
  });

  app.get<SlugRoute>(`${LIST_PATH}/:slug`, async (request, reply) => {
    const organisation = await requireOrganisation(deps.db, request.params.slug);
    const profile = await getOrganisationProfile(deps.db, organisation, request.user);
    const sections = await featureSections(deps, profile, request);
    return reply.page(
      h(OrganisationProfilePage, { ctx: request.view(), profile, sections, notice: knownNotice(request, request.t.organisations.notices)?.word }),
    );
  });

  app.get<SlugRoute>(`${LIST_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    return reply.page(h(EditOrganisationPage, { ctx: request.view(), organisation, values: organisationValues(organisation) }));
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    // Authorise before validating, so that nobody else learns anything from the answer.
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    const form = parseForm(organisationForm, request.body, request.t);
    const showAgain = (errors: FieldError[], status: number) =>
      reply.page(h(EditOrganisationPage, { ctx: request.view(), organisation, values: typedValues(request.body), errors }), status);
    if (!form.ok) return showAgain(form.errors, 400);
    const outcome = await updateOrganisation(deps, { actor: request.user!, organisationId: organisation.id, input: form.data });
    if (outcome.kind === 'arsTaken') return showAgain(arsTakenErrors(request.t), 409);
    if (outcome.kind !== 'saved') throw refusedToManager(outcome.kind);
    return redirectWithNotice(reply, organisationPath(organisation.slug), { word: 'saved' });
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/beitreten`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await requireOrganisation(deps.db, request.params.slug);
    const outcome = await requestMembership(deps, { actor: request.user!, organisationId: organisation.id });
    if (outcome === 'notFound') throw notFound();
    const path = organisationPath(organisation.slug);
    return outcome === 'requested' ? redirectWithNotice(reply, path, { word: 'requested' }) : reply.redirect(path, 303);
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/verlassen`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await requireOrganisation(deps.db, request.params.slug);
    const outcome = await leaveOrganisation(deps, { actor: request.user!, organisationId: organisation.id });
    const path = organisationPath(organisation.slug);
    switch (outcome) {
      case 'notFound':
        throw notFound();
      case 'lastManager': {
        const profile = await getOrganisationProfile(deps.db, organisation, request.user);
        const errors = [{ field: 'leave', message: request.t.organisations.validation.lastManager }];
        return reply.page(h(OrganisationProfilePage, { ctx: request.view(), profile, sections: await featureSections(deps, profile, request), errors }), 409);
      }
      case 'unchanged':
        return reply.redirect(path, 303);
      default:
        return redirectWithNotice(reply, path, { word: outcome });
    }
  });

  memberRoutes(app, deps);
  accountRoutes(app, deps);
}

/** The lists other features keep on the profile, as far as the person looking may see them. */
async function featureSections(deps: AppDeps, profile: OrganisationProfile, request: FastifyRequest): Promise<OrganisationSection[]> {
  const active = profile.membership?.status === 'active';
  // an administrator manages every organisation, but works in its applications only as its member
  const viewer = { member: active, manager: active && profile.membership?.role === 'manager' };
  const sections = await Promise.all(deps.organisationSections.map((provide) => provide(deps, profile.organisation, viewer, request.t, request.locale)));
  return sections.flat();
}
