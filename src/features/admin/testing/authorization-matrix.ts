import { ADMIN_ONLY, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

const STAFF = { anonymous: 303, member: 403, manager: 403, editor: 200, juror: 403, admin: 200 } as const;

export const adminRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/verwaltung', expect: STAFF },
  { method: 'GET', url: '/verwaltung/nutzer', expect: ADMIN_ONLY },
  { method: 'GET', url: '/verwaltung/protokoll', expect: ADMIN_ONLY },
  { method: 'GET', url: '/verwaltung/einstellungen', expect: ADMIN_ONLY },
  { method: 'POST', url: '/verwaltung/einstellungen', expect: { ...ADMIN_ONLY, admin: 400 } },
  {
    method: 'POST',
    url: '/verwaltung/nutzer/00000000-0000-4000-8000-000000000000/rolle',
    route: '/verwaltung/nutzer/:id/rolle',
    expect: { ...ADMIN_ONLY, admin: 303 },
  },
  {
    method: 'POST',
    url: '/verwaltung/nutzer/00000000-0000-4000-8000-000000000000/sperre',
    route: '/verwaltung/nutzer/:id/sperre',
    expect: { ...ADMIN_ONLY, admin: 303 },
  },
  { method: 'GET', url: '/verwaltung/nutzer/00000000-0000-4000-8000-000000000000', route: '/verwaltung/nutzer/:id', expect: { ...ADMIN_ONLY, admin: 404 } },
  { method: 'GET', url: '/verwaltung/organisationen', expect: ADMIN_ONLY },
  {
    method: 'GET',
    url: '/verwaltung/organisationen/00000000-0000-4000-8000-000000000000/loeschen',
    route: '/verwaltung/organisationen/:id/loeschen',
    expect: { ...ADMIN_ONLY, admin: 404 },
  },
  {
    method: 'POST',
    url: '/verwaltung/organisationen/00000000-0000-4000-8000-000000000000/loeschen',
    route: '/verwaltung/organisationen/:id/loeschen',
    expect: { ...ADMIN_ONLY, admin: 303 },
  },
];
