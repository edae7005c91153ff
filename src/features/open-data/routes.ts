import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { buildCatalogue } from './catalogue.ts';
import { CATALOGUE_PATH, DATASETS, downloadPath, FORMATS, OPEN_DATA_PATH, type DatasetKey } from './datasets.ts';
import { OpenDataPage } from './views/open-data-page.tsx';

/**
 * When each dataset last changed, as its JSON download says in Last-Modified. Asking the
 * downloads through the app keeps this feature from reading other features' data; a download
 * that does not answer leaves its date out.
 */
async function lastModified(app: FastifyInstance): Promise<Partial<Record<DatasetKey, Date>>> {
  const json = FORMATS.find((f) => f.extension === 'json')!;
  const entries = await Promise.all(
    DATASETS.map(async (set) => {
      const res = await app.inject({ method: 'HEAD', url: downloadPath(set, json) });
      const header = res.statusCode === 200 ? res.headers['last-modified'] : undefined;
      const date = typeof header === 'string' ? new Date(header) : undefined;
      return [set.key, date && !Number.isNaN(date.getTime()) ? date : undefined] as const;
    }),
  );
  return Object.fromEntries(entries.filter(([, date]) => date !== undefined));
}

/** The open-data page (public) and the DCAT-AP.de catalogue for the state's portal. */
export function openDataRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(OPEN_DATA_PATH, { config: { publicPage: {} } }, async (request, reply) => {
    return reply.page(h(OpenDataPage, { ctx: request.view() }));
  });

  app.get(CATALOGUE_PATH, async (request, reply) => {
    const site = {
      baseUrl: deps.config.baseUrl,
      siteName: request.site.siteName,
      contactEmail: request.site.contactEmail,
      contributorId: deps.config.openDataContributorId,
    };
    const catalogue = buildCatalogue(site, await lastModified(app));
    return reply
      .header('content-type', 'application/ld+json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(JSON.stringify(catalogue, null, 2));
  });
}
