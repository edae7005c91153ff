import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { CSV_CONTENT_TYPE, toCsv } from '../../../platform/exports/csv.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { fieldName, listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getOrganisationById, organisationPath } from '../../organisations/service.ts';
import { SHOWCASE_PATH, SLUG } from '../core/paths.ts';
import { projectRecord, projectTable } from './open-data.ts';
import { findShowcaseProject, listCallsWithProjects, listShowcase } from './repository.ts';
import { publishedReportsOf } from './reports/service.ts';
import { showcaseQuery } from './schema.ts';
import { ProjectPage, ShowcasePage } from './views/showcase.tsx';

type SlugRoute = { Params: { slug: string } };

/** The showcase of funded projects, each project's page, and the same as open data. */
export function projectPublicRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(SHOWCASE_PATH, { config: { publicPage: { query: showcaseQuery } } }, async (request, reply) => {
    const query = showcaseQuery.parse(request.query ?? {});
    const projects = await listShowcase(deps.db, { fieldOfAction: query.handlungsfeld, status: query.stand, callSlug: query.wettbewerb });
    const page = h(ShowcasePage, {
      ctx: request.view(),
      projects,
      fields: await listFieldsOfAction(deps.db),
      calls: await listCallsWithProjects(deps.db),
      query,
    });
    return reply.page(page);
  });

  app.get(`${SHOWCASE_PATH}.json`, async (_request, reply) => {
    const projects = await listShowcase(deps.db, {});
    return reply
      .type('application/json; charset=utf-8')
      .header('access-control-allow-origin', '*')
      .send({ projects: projects.map((p) => projectRecord(p, deps.config.baseUrl)) });
  });

  app.get(`${SHOWCASE_PATH}.csv`, async (request, reply) => {
    const projects = await listShowcase(deps.db, {});
    const fieldNames = new Map((await listFieldsOfAction(deps.db)).map((fa) => [fa.slug, fieldName(fa, request.locale)]));
    return reply
      .type(CSV_CONTENT_TYPE)
      .header('content-disposition', 'attachment; filename="modellkommunen.csv"')
      .header('access-control-allow-origin', '*')
      .send(toCsv(projectTable(projects, request.t, fieldNames, deps.config.baseUrl)));
  });

  app.get<SlugRoute>(`${SHOWCASE_PATH}/:slug`, { config: { publicPage: {} } }, async (request, reply) => {
    const project = SLUG.test(request.params.slug) ? await findShowcaseProject(deps.db, request.params.slug) : undefined;
    if (!project) throw notFound();
    const organisation = project.organisationId && isUuid(project.organisationId) ? await getOrganisationById(deps.db, project.organisationId) : undefined;
    const page = h(ProjectPage, {
      ctx: request.view(),
      project,
      fields: await listFieldsOfAction(deps.db),
      organisationHref: organisation ? organisationPath(organisation.slug) : undefined,
      reports: await publishedReportsOf(deps.db, project.id),
    });
    return reply.page(page);
  });
}
