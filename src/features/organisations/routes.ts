import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission, requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { newSubmissionId, parseForm } from '../../platform/http/form.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { accountRoutes } from './account-routes.ts';
import { leaveOrganisation, requestMembership } from './membership-service.ts';
import { memberRoutes } from './member-routes.ts';
import { OrganisationRuleError } from './rules.ts';
import { organisationForm, organisationListQuery } from './schema.ts';
import {
  createOrganisation,
  getOrganisationForManagement,
  getOrganisationProfile,
  listOrganisations,
  organisationPath,
  updateOrganisation,
} from './service.ts';
import { OrganisationListPage } from './views/list.tsx';
import { organisationValues } from './views/organisation-fields.tsx';
import { CreateOrganisationPage, EditOrganisationPage } from './views/organisation-form.tsx';
import { OrganisationProfilePage } from './views/profile.tsx';
import { LIST_PATH, parseNotice, withNotice } from './views/shared.tsx';

type SlugRoute = { Params: { slug: string } };
type NoticeQuery = { Querystring: { hinweis?: string } };

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
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(CreateOrganisationPage, { ctx: request.view(), submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const created = await createOrganisation(tx, request.user!, form.data);
      return withNotice(organisationPath(created.slug), 'created');
    });
    return reply.redirect(location, 303);
  });

  app.get<SlugRoute & NoticeQuery>(`${LIST_PATH}/:slug`, async (request, reply) => {
    const profile = await getOrganisationProfile(deps.db, request.user, request.params.slug);
    return reply.page(h(OrganisationProfilePage, { ctx: request.view(), profile, notice: parseNotice(request.query.hinweis) }));
  });

  app.get<SlugRoute>(`${LIST_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await getOrganisationForManagement(deps.db, request.user!, request.params.slug);
    return reply.page(h(EditOrganisationPage, { ctx: request.view(), organisation, values: organisationValues(organisation) }));
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    // Authorise before validating, so that nobody else learns anything from the answer.
    const organisation = await getOrganisationForManagement(deps.db, request.user!, request.params.slug);
    const form = parseForm(organisationForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(h(EditOrganisationPage, { ctx: request.view(), organisation, values: form.values, errors: form.errors }), 400);
    }
    await updateOrganisation(deps.db, request.user!, organisation.slug, form.data);
    return reply.redirect(withNotice(organisationPath(organisation.slug), 'saved'), 303);
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/beitreten`, { preHandler: requireUser }, async (request, reply) => {
    const outcome = await requestMembership(deps, request.user!, request.params.slug);
    const path = organisationPath(request.params.slug);
    return reply.redirect(outcome === 'requested' ? withNotice(path, 'requested') : path, 303);
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/verlassen`, { preHandler: requireUser }, async (request, reply) => {
    const path = organisationPath(request.params.slug);
    try {
      const outcome = await leaveOrganisation(deps.db, request.user!, request.params.slug);
      if (outcome === 'unchanged') return reply.redirect(path, 303);
      return reply.redirect(withNotice(path, outcome), 303);
    } catch (error) {
      if (!(error instanceof OrganisationRuleError)) throw error;
      const profile = await getOrganisationProfile(deps.db, request.user, request.params.slug);
      const errors = [{ field: 'leave', message: request.t.organisations.validation[error.reason] }];
      return reply.page(h(OrganisationProfilePage, { ctx: request.view(), profile, errors }), 409);
    }
  });

  memberRoutes(app, deps);
  accountRoutes(app, deps);
}
