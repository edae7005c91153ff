import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

export const challengesQuestionsRoutes: MatrixRoute[] = [];
