import type { Feature } from '../../platform/deps.ts';
import { designRoutes } from './routes.ts';

/** The living style guide: every component on one page, for editors and developers. */
export const designFeature: Feature = {
  name: 'design',
  routes: designRoutes,
};
