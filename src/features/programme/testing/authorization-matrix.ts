import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/** The dashboard reads only; no route takes an id of something owned, so there are no foreign-id rows. */
export const programmeRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/verwaltung/programm', expect: EDITORS },
  // a filter and an order that exist do not open the page to more people
  { method: 'GET', url: '/verwaltung/programm?kreis=01059&typ=gemeinde&sortierung=foerderung&richtung=ab', route: '/verwaltung/programm', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/programm/export.csv', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/programm/export.xlsx', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/programm/kreise', expect: EDITORS },
];
