import { hasPermission } from '../../platform/auth/policy.ts';
import type { Feature } from '../../platform/deps.ts';
import { adminRoutes } from './routes.ts';

/** /verwaltung: users and roles, organisations, audit log, settings. */
export const adminFeature: Feature = {
  name: 'admin',
  routes: adminRoutes,
  nav: [{ href: '/verwaltung', label: (t) => t.common.nav.admin, visible: (user) => hasPermission(user, 'admin:access') }],
};
