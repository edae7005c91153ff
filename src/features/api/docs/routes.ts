import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { problemBody } from '../../../platform/api/problem.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { enforceLimits } from '../../../platform/http/rate-limit.ts';
import { LIMITS } from '../core/limits.ts';
import { buildOpenApiDocument } from '../core/openapi.ts';
import { DOCUMENTATION_PATH, DOWNLOADS, OPENAPI_PATH, type DownloadKey } from '../core/paths.ts';
import { readDocument } from './reading.ts';
import { DocumentationPage } from './views/documentation-page.tsx';

/** The OpenAPI document and the page that explains it, both from the operations the features hand in. */
export function docsRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(OPENAPI_PATH, async (request, reply) => {
    await enforceLimits(deps, [{ limit: LIMITS.readsPerClient, subject: request.ip }]);
    const document = buildOpenApiDocument(deps.apiOperations, { t: request.t, baseUrl: deps.config.baseUrl });
    return reply.header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8').send(document);
  });

  app.get(DOCUMENTATION_PATH, { config: { publicPage: {} } }, async (request, reply) => {
    const t = request.t;
    const { server, tags, schemas } = readDocument(buildOpenApiDocument(deps.apiOperations, { t, baseUrl: deps.config.baseUrl }));
    const example = problemBody(t, 400, t.api.problems.invalidInput, [{ path: 'query.per_page', message: 'Too big: expected number to be <=100' }]);
    const downloads = (Object.keys(DOWNLOADS) as DownloadKey[]).flatMap((key) =>
      (['csv', 'json'] as const).map((format) => ({
        label: t.api.docs.download(t.api.downloads[key].title, format.toUpperCase()),
        href: `${DOWNLOADS[key]}.${format}`,
      })),
    );
    const page = h(DocumentationPage, {
      ctx: request.view(),
      server,
      openApiUrl: `${deps.config.baseUrl}${OPENAPI_PATH}`,
      tags,
      schemas,
      downloads,
      problemExample: JSON.stringify(example, null, 2),
    });
    return reply.page(page);
  });
}
