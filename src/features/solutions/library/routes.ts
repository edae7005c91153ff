import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { sendPictureFile } from '../../../platform/pictures/index.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { LIBRARY_PATH, RESERVED_SLUGS, SLUG, solutionPath } from '../core/paths.ts';
import { findPublishedSolution, type SolutionRow } from '../core/repository.ts';
import { solutionDocumentPath, solutionPicturePath } from './paths.ts';
import { findSolutionDocument } from './repository.ts';
import { libraryQuery } from './schema.ts';
import { getLibraryPage, getSolutionProfile } from './service.ts';
import { LibraryListPage } from './views/list.tsx';
import { SolutionPage } from './views/profile.tsx';

type SlugRoute = { Params: { slug: string } };
type DocumentRoute = { Params: { slug: string; documentId: string } };
type PictureRoute = { Params: { slug: string; fileId: string } };

/** The public library: the list with search and filters, each published solution's page, its documents and picture. */
export function libraryRoutes(app: FastifyInstance, deps: AppDeps): void {
  // a draft, a solution in review or an archived one is not found, as if it did not exist
  const published = async (slug: string): Promise<SolutionRow> => {
    const solution = SLUG.test(slug) && !RESERVED_SLUGS.has(slug) ? await findPublishedSolution(deps.db, slug) : undefined;
    if (!solution) throw notFound();
    return solution;
  };

  app.get(LIBRARY_PATH, { config: { publicPage: { query: libraryQuery } } }, async (request, reply) => {
    const query = libraryQuery.parse(request.query ?? {});
    const page = h(LibraryListPage, {
      ctx: request.view(),
      query,
      fields: await listFieldsOfAction(deps.db),
      result: await getLibraryPage(deps.db, query),
    });
    return reply.page(page);
  });

  app.get<SlugRoute>(solutionPath(':slug'), { config: { publicPage: {} } }, async (request, reply) => {
    const solution = await published(request.params.slug);
    const page = h(SolutionPage, {
      ctx: request.view(),
      profile: await getSolutionProfile(deps.db, solution),
      fields: await listFieldsOfAction(deps.db),
    });
    return reply.page(page);
  });

  app.get<DocumentRoute>(solutionDocumentPath(':slug', ':documentId'), async (request, reply) => {
    const solution = await published(request.params.slug);
    const document = isUuid(request.params.documentId) ? await findSolutionDocument(deps.db, solution.id, request.params.documentId) : undefined;
    if (!document) throw notFound();
    reply.header('cache-control', storedFileCaching(true));
    return (await sendStoredFile(reply, deps.files, document.fileId)) ?? reply.callNotFound();
  });

  app.get<PictureRoute>(solutionPicturePath(':slug', ':fileId'), async (request, reply) => {
    const solution = await published(request.params.slug);
    if (!isUuid(request.params.fileId)) throw notFound();
    return (await sendPictureFile(reply, deps, { pictureId: solution.pictureId, fileId: request.params.fileId, shared: true })) ?? reply.callNotFound();
  });
}
