import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { storedFilesOf } from '../../knowledge/material-service.ts';
import { SERIES_PATH } from '../core/paths.ts';
import { requireSeries } from '../core/require-series.ts';
import { describeMaterialFiles, getMaterial, getSeriesList, getSeriesPage } from './service.ts';
import { MaterialPage } from './views/material-page.tsx';
import { SeriesListPage } from './views/series-list.tsx';
import { SeriesPage } from './views/series-page.tsx';

type SeriesRoute = { Params: { slug: string } };
type MaterialRoute = { Params: { slug: string; itemId: string } };
type MaterialFileRoute = { Params: { slug: string; itemId: string; fileId: string } };

/** The public side of the series: the list, a series' page, and its materials for those who may see them. */
export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: {} } };

  app.get(SERIES_PATH, publicPage, async (request, reply) => {
    const list = await getSeriesList(deps.db, new Date());
    return reply.page(h(SeriesListPage, { ctx: request.view(), list }));
  });

  app.get<SeriesRoute>(`${SERIES_PATH}/:slug`, publicPage, async (request, reply) => {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const page = await getSeriesPage(deps.db, { series, user: request.user, now: new Date() });
    return reply.page(h(SeriesPage, { ctx: request.view(), page }));
  });

  // Whether a material is shown depends on the person and the clock: never kept for others.
  app.get<MaterialRoute>(`${SERIES_PATH}/:slug/materialien/:itemId`, async (request, reply) => {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const { itemId } = request.params;
    const material = isUuid(itemId) ? await getMaterial(deps.db, { series, itemId, user: request.user, now: new Date() }) : undefined;
    if (!material) throw notFound();
    return reply.page(h(MaterialPage, { ctx: request.view(), series, item: material.item, files: await describeMaterialFiles(deps.files, material.item) }));
  });

  // Files are sent as stored: compressing media gains nothing, and ranges must count stored bytes.
  app.get<MaterialFileRoute>(`${SERIES_PATH}/:slug/materialien/:itemId/dateien/:fileId`, { compress: false }, async (request, reply) => {
    const series = await requireSeries(deps.db, request.params.slug, request.user);
    const { itemId, fileId } = request.params;
    const material = isUuid(itemId) && isUuid(fileId) ? await getMaterial(deps.db, { series, itemId, user: request.user, now: new Date() }) : undefined;
    // only the files the item itself shows; any other id answers as if there were none
    if (!material || !storedFilesOf(material.item).includes(fileId)) throw notFound();
    reply.header('cache-control', storedFileCaching(material.publicly));
    return (await sendStoredFile(reply, deps.files, fileId)) ?? reply.callNotFound();
  });
}
