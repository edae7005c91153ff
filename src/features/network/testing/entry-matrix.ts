import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/** The network's entry page: everyone, each seeing only the groups and discussions they may. */
export const networkEntryRoutes: MatrixRoute[] = [{ method: 'GET', url: '/netzwerk', expect: PUBLIC }];
