import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { getOrganisationBySlug } from '../../organisations/service.ts';
import { publicStrategyPath, SLUG } from '../core/paths.ts';
import { findStrategyOf } from '../core/repository.ts';
import { readStrategyContent, type StrategyContent } from '../core/content-service.ts';
import { sendStrategyPdf } from './export-routes.ts';
import { publicPdfPath } from './paths.ts';
import { PublicStrategyPage } from './views/public-page.tsx';

type SlugRoute = { Params: { org: string } };

/**
 * A published strategy, for everyone. A draft answers 404 to everyone, its own managers
 * included: they read it in the workbench, and the page must never show what is not public.
 */
async function requirePublishedContent(deps: AppDeps, request: FastifyRequest<SlugRoute>): Promise<StrategyContent> {
  const slug = request.params.org;
  const organisation = SLUG.test(slug) ? await getOrganisationBySlug(deps.db, slug) : undefined;
  const strategy = organisation ? await findStrategyOf(deps.db, organisation.id) : undefined;
  if (!organisation || strategy?.status !== 'published') throw notFound();
  return readStrategyContent(deps.db, { organisation, strategy, locale: request.locale });
}

export function publicRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<SlugRoute>(publicStrategyPath(':org'), async (request, reply) => {
    const content = await requirePublishedContent(deps, request);
    return reply.page(h(PublicStrategyPage, { ctx: request.view(), content }));
  });

  app.get<SlugRoute>(publicPdfPath(':org'), async (request, reply) =>
    sendStrategyPdf(reply, request.t, request.locale, await requirePublishedContent(deps, request)),
  );
}
