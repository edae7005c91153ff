import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../../platform/deps.ts';
import { sendStoredFile, storedFileCaching } from '../../../../platform/files/index.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { isUuid } from '../../../../platform/text/uuid.ts';
import { SLUG } from '../../core/paths.ts';
import { publicReportFilePath, publicReportPath } from './paths.ts';
import { findPublishedReport } from './service.ts';
import { PublicReportPage } from './views/public.tsx';

type ReportRoute = { Params: { slug: string; reportId: string } };
type FileRoute = { Params: { slug: string; reportId: string; fileId: string } };

/** A published report and its attachments, for everyone; anything unpublished is 404 here, as if it did not exist. */
export function reportPublicRoutes(app: FastifyInstance, deps: AppDeps): void {
  const published = async (slug: string, reportId: string) => {
    const found = SLUG.test(slug) && isUuid(reportId) ? await findPublishedReport(deps.db, slug, reportId) : undefined;
    if (!found) throw notFound();
    return found;
  };

  app.get<ReportRoute>(publicReportPath(':slug', ':reportId'), { config: { publicPage: {} } }, async (request, reply) => {
    const { project, report, files } = await published(request.params.slug, request.params.reportId);
    return reply.page(h(PublicReportPage, { ctx: request.view(), project, found: { report, files } }));
  });

  app.get<FileRoute>(publicReportFilePath(':slug', ':reportId', ':fileId'), async (request, reply) => {
    const { files } = await published(request.params.slug, request.params.reportId);
    const file = files.find((f) => f.id === request.params.fileId);
    if (!file) throw notFound();
    reply.header('cache-control', storedFileCaching(true));
    return (await sendStoredFile(reply, deps.files, file.fileId)) ?? reply.callNotFound();
  });
}
