import type { Feature } from '../../platform/deps.ts';
import { allowCrossOriginReads } from './core/cors.ts';
import { docsRoutes } from './docs/routes.ts';
import { downloadRoutes } from './downloads/routes.ts';
import { readOperations } from './read/operations.ts';
import { readRoutes } from './read/routes.ts';

/**
 * The read API (/api/v1) of the public data, its OpenAPI document and documentation page, and
 * the open-data downloads. It keeps no data of its own: every read goes through the owning
 * feature's api-service. core/ holds paging, CORS, limits and the document's writer; read/ the
 * operations and their routes; docs/ the document's routes and page; downloads/ the files.
 */
export const apiFeature: Feature = {
  name: 'api',
  apiOperations: readOperations.map((read) => read.operation),
  routes(app, deps) {
    allowCrossOriginReads(app);
    readRoutes(app, deps, readOperations);
    docsRoutes(app, deps);
    downloadRoutes(app, deps);
  },
};
