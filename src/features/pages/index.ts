import type { Feature } from '../../platform/deps.ts';
import { pagesRoutes } from './routes.ts';

/** Start page and the editable service pages linked from every footer. */
export const pagesFeature: Feature = {
  name: 'pages',
  routes: pagesRoutes,
};
