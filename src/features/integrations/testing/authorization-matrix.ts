import { ADMIN_ONLY, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

const NOT_A_TOKEN = '00000000-0000-4000-8000-000000000000';
const ADMIN_ONLY_NOT_FOUND = { ...ADMIN_ONLY, admin: 404 } as const;
// Writes of the API: a session, even an administrator's, is no token.
const NO_TOKEN = { anonymous: 401, member: 401, manager: 401, editor: 401, juror: 401, admin: 401 } as const;

export const integrationRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/verwaltung/schnittstellen', expect: ADMIN_ONLY },
  { method: 'GET', url: '/verwaltung/schnittstellen/neu', expect: ADMIN_ONLY },
  // an empty form: the administrator gets the error summary, everyone else is stopped before
  { method: 'POST', url: '/verwaltung/schnittstellen/neu', expect: { ...ADMIN_ONLY, admin: 400 } },
  {
    method: 'GET',
    url: `/verwaltung/schnittstellen/${NOT_A_TOKEN}/widerrufen`,
    route: '/verwaltung/schnittstellen/:id/widerrufen',
    expect: ADMIN_ONLY_NOT_FOUND,
  },
  {
    method: 'POST',
    url: `/verwaltung/schnittstellen/${NOT_A_TOKEN}/widerrufen`,
    route: '/verwaltung/schnittstellen/:id/widerrufen',
    expect: ADMIN_ONLY_NOT_FOUND,
  },
  { method: 'POST', url: '/api/v1/events', expect: NO_TOKEN },
  { method: 'POST', url: '/api/v1/news', expect: NO_TOKEN },
];
