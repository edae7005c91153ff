import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';
import { juryEditorRoutes } from './editor-routes.ts';
import { juryJurorRoutes } from './juror-routes.ts';
import { winnersRoutes } from './winners-routes.ts';

/**
 * The jury of the Call for Solutions, on the review engine: the editors assign jurors, read the
 * ranking and publish the winners; the jurors declare conflicts and review.
 */
export function juryRoutes(app: FastifyInstance, deps: AppDeps): void {
  juryEditorRoutes(app, deps);
  winnersRoutes(app, deps);
  juryJurorRoutes(app, deps);
}
