import { EDITORS, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_CALLS } from '../seed.ts';

/*
 * Competition calls (issue 13): public pages name the demo calls by their fixed slugs, editors'
 * pages by their fixed ids (seed.ts). POSTs are sent with an empty form and fail validation
 * (400), so the matrix changes nothing.
 */
const EDIT = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
const R = '/verwaltung/wettbewerb/:id';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const EVERYONE_404 = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

export const competitionRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/wettbewerb', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/archiv', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/digitale-modellkommunen-2027', route: '/wettbewerb/:slug', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/digitale-modellkommunen-2020', route: '/wettbewerb/:slug', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/gibt-es-nicht', route: '/wettbewerb/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: '/wettbewerb/Kein_Name', route: '/wettbewerb/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: '/wettbewerb/modellkommunen', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/modellkommunen?handlungsfeld=verwaltung&stand=completed', route: '/wettbewerb/modellkommunen', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/modellkommunen.csv', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/modellkommunen.json', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/modellkommunen/open-data-kiel', route: '/wettbewerb/modellkommunen/:slug', expect: PUBLIC },
  { method: 'GET', url: '/wettbewerb/modellkommunen/gibt-es-nicht', route: '/wettbewerb/modellkommunen/:slug', expect: EVERYONE_404 },

  { method: 'GET', url: '/verwaltung/wettbewerb', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/wettbewerb/neu', expect: EDITORS },
  { method: 'POST', url: '/verwaltung/wettbewerb/neu', expect: forEditors(400) },
  { method: 'GET', url: EDIT, route: R, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}`, route: R, expect: forEditors(404) },
  { method: 'GET', url: '/verwaltung/wettbewerb/kein-id', route: R, expect: forEditors(404) },
  { method: 'GET', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/status`, route: `${R}/status`, expect: forEditors(400) },
];
