import type { Feature } from '../../platform/deps.ts';
import { openDataRoutes } from './routes.ts';

/**
 * Open data (issue 18): the page that explains the licence and lists the downloads, the API and
 * every feed, and the DCAT-AP.de catalogue the state's open-data portal harvests. The downloads
 * themselves are served by the API feature; this feature has no tables.
 */
export const openDataFeature: Feature = {
  name: 'open-data',
  routes: openDataRoutes,
};
