import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/* The search page is public; with and without a query, with filters and an unknown page. */
export const searchPageRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/suche', expect: PUBLIC },
  { method: 'GET', url: '/suche?q=Antrag&typ=event&handlungsfeld=verwaltung&seite=2', route: '/suche', expect: PUBLIC },
];
