import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from './paths.ts';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Any web page may read the public API: `Access-Control-Allow-Origin: *` without credentials,
 * so a browser never sends cookies along and no answer can depend on who is signed in. Only the
 * reads are offered; the writes are for servers with a token, and a browser's preflight for them
 * hears that only GET and HEAD are allowed. The hooks belong to the API feature's scope, so the
 * integrations' write routes never get the header.
 */
export function allowCrossOriginReads(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (READ_METHODS.has(request.method)) reply.header('access-control-allow-origin', '*');
  });

  app.options(`${API_PREFIX}/*`, async (_request, reply) =>
    reply
      .status(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'Accept, Accept-Language')
      .header('access-control-max-age', '86400')
      .send(),
  );
}
