import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import { DesignPage } from './views/design-page.tsx';

export function designRoutes(app: FastifyInstance): void {
  // The example form sends its fields here by GET; they are ignored, nothing is stored.
  app.get('/verwaltung/design', { preHandler: requirePermission('admin:design') }, async (request, reply) =>
    reply.page(h(DesignPage, { ctx: request.view() })),
  );
}
