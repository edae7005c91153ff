import type { Feature } from '../../platform/deps.ts';
import { DASHBOARD_PATH } from './paths.ts';
import { programmeRoutes } from './routes.ts';

/**
 * The programme dashboard for the ministry's staff: each municipality's journey across the
 * programme, from the facts the other features keep and hand out through their programme
 * services. It stores nothing of its own, so it has no personal data, retention or demo content.
 */
export const programmeFeature: Feature = {
  name: 'programme',
  routes: programmeRoutes,
  adminLinks: [{ href: DASHBOARD_PATH, permission: 'programme:dashboard', title: (t) => t.programme.adminTitle, body: (t) => t.programme.adminLead }],
};
