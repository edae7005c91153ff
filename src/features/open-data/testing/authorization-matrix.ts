import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

export const openDataRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/offene-daten', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/katalog.jsonld', expect: PUBLIC },
];
