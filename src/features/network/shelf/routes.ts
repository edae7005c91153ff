import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';
import { shelfEventRoutes } from './event-routes.ts';
import { shelfFileRoutes } from './file-routes.ts';

/** A group's file shelf (file-routes.ts) and the events marked as the group's (event-routes.ts). */
export function shelfRoutes(app: FastifyInstance, deps: AppDeps): void {
  shelfFileRoutes(app, deps);
  shelfEventRoutes(app, deps);
}
