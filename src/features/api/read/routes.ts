import type { FastifyInstance } from 'fastify';
import { parseApiInput } from '../../../platform/api/problem.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { enforceLimits } from '../../../platform/http/rate-limit.ts';
import { LIMITS } from '../core/limits.ts';
import { API_PREFIX } from '../core/paths.ts';
import type { ReadOperation } from './operations.ts';

/** `/events/{id}` as Fastify writes it: `/events/:id`. */
export function routePath(path: string): string {
  return `${API_PREFIX}${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

/**
 * The read API: public data only, the same for everyone, so no role or ownership to check.
 * Each route parses with exactly the schemas its operation gives the document.
 */
export function readRoutes(app: FastifyInstance, deps: AppDeps, operations: readonly ReadOperation[]): void {
  for (const { operation, handle } of operations) {
    app.get(routePath(operation.path), async (request, reply) => {
      await enforceLimits(deps, [{ limit: LIMITS.readsPerClient, subject: request.ip }]);
      const query = operation.query ? parseApiInput(operation.query, request.query, 'query') : {};
      const params = operation.params ? parseApiInput(operation.params, request.params, 'params') : {};
      const url = new URL(`${deps.config.baseUrl}${request.url}`);
      const body = await handle(deps, { query, params, url, now: new Date() });
      return reply.header('cache-control', 'public, max-age=60').type('application/json; charset=utf-8').send(body);
    });
  }
}
