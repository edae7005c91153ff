import type { Feature } from '../../platform/deps.ts';
import { searchRoutes } from './routes.ts';

/** /suche across everything features put into the search index. The header links to it. */
export const searchFeature: Feature = {
  name: 'search',
  routes: searchRoutes,
};
