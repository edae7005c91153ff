import { ADMIN_ONLY, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

export const pageRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/', expect: PUBLIC },
  { method: 'GET', url: '/impressum', expect: PUBLIC },
  { method: 'GET', url: '/datenschutz', expect: PUBLIC },
  { method: 'GET', url: '/datenschutz/loeschfristen', expect: PUBLIC },
  { method: 'GET', url: '/barrierefreiheit', expect: PUBLIC },
  { method: 'GET', url: '/kontakt', expect: PUBLIC },
  { method: 'GET', url: '/verwaltung/seiten', expect: ADMIN_ONLY },
  { method: 'GET', url: '/verwaltung/seiten/impressum', route: '/verwaltung/seiten/:slug', expect: ADMIN_ONLY },
  { method: 'POST', url: '/verwaltung/seiten/impressum', route: '/verwaltung/seiten/:slug', expect: { ...ADMIN_ONLY, admin: 400 } },
];
