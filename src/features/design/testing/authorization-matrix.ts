import { type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

export const designRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/verwaltung/design', expect: { anonymous: 303, member: 403, manager: 403, editor: 200, juror: 403, admin: 200 } },
];
