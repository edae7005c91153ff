import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { enforceLimits, type Limit } from '../../platform/http/rate-limit.ts';
import { listPublishedTypes, searchDocuments } from '../../platform/search/index.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { searchQuery } from './schema.ts';
import { SearchPage } from './views/search-page.tsx';

export const SEARCH_PATH = '/suche';
const PAGE_SIZE = 10;
// A person reads results between searches; a script asking thousands of queries to outrun the
// page cache would take the database's time from everyone else. Answers from the page cache do
// not count: they are sent before this route runs.
const SEARCHES_PER_CLIENT = { name: 'search:ip', max: 60, windowSeconds: 60 } satisfies Limit;

/**
 * One public page; a GET form so that results can be linked, bookmarked and used without JavaScript.
 * Results are the same for every anonymous visitor, so a query asked again within seconds is
 * answered from the page cache (the most recently asked ones stay; see page-cache.ts).
 */
export function searchRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(SEARCH_PATH, { config: { publicPage: { query: searchQuery } } }, async (request, reply) => {
    await enforceLimits(deps, [{ limit: SEARCHES_PER_CLIENT, subject: request.ip }]);
    const values = searchQuery.parse(request.query ?? {});
    const user = request.user;
    const accessKeys = user ? (await Promise.all(deps.searchAccess.map((keysOf) => keysOf(deps.db, user.id)))).flat() : [];
    const result = await searchDocuments(deps.db, {
      query: values.q ?? '',
      types: values.typ ? [values.typ] : [],
      fieldsOfAction: values.handlungsfeld ? [values.handlungsfeld] : [],
      accessKeys,
      page: values.seite,
      pageSize: PAGE_SIZE,
    });
    const types = await listPublishedTypes(deps.db);
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(SearchPage, { ctx: request.view(), values, result, pageSize: PAGE_SIZE, types, fields }));
  });
}
