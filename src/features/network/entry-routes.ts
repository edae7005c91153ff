import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { NETWORK_PATH } from './core/paths.ts';
import { getEntryPage } from './entry-service.ts';
import { EntryPage } from './views/entry-page.tsx';

/** /netzwerk: the same for every anonymous visitor, so it is a public page the cache may keep. */
export function entryRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(NETWORK_PATH, { config: { publicPage: {} } }, async (request, reply) => {
    const data = await getEntryPage(deps.db, { viewerId: request.user?.id, locale: request.locale, t: request.t, now: new Date() });
    return reply.page(h(EntryPage, { ctx: request.view(), ...data }));
  });
}
