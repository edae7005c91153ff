import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

export const designRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/verwaltung/design', expect: { anonymous: 303, member: 403, manager: 403, editor: 200, juror: 403, admin: 200 } },
  // an empty form: the administrator gets the error summary, everyone else is stopped before
  { method: 'POST', url: '/verwaltung/design/erscheinungsbild', expect: { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 400 } },
];
