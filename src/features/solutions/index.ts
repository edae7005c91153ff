import type { Feature } from '../../platform/deps.ts';
import { LIBRARY_PATH } from './core/paths.ts';
import { adoptionRoutes } from './adoptions/routes.ts';
import { libraryRoutes } from './library/routes.ts';
import { profileFileRoutes } from './profiles/file-routes.ts';
import { reviewRoutes } from './profiles/review-routes.ts';
import { profileRoutes } from './profiles/routes.ts';
import { solutionsPersonalData } from './personal-data.ts';
import { seedSolutions } from './seed.ts';

/**
 * Lösungen zum Nachnutzen (issue 14), built on core/ (tables, paths, the solution's row, the
 * search document):
 * - library/: the public list with search and filters, each published solution's page, its
 *   documents and title picture
 * - profiles/: the owners' drafts, review by an editor, publication and versions
 * - adoptions/: "Nachnutzen", the owners' answers, the adopters' progress and reports
 */
export const solutionsFeature: Feature = {
  name: 'solutions',
  routes: (app, deps) => {
    libraryRoutes(app, deps);
    adoptionRoutes(app, deps);
    profileRoutes(app, deps);
    profileFileRoutes(app, deps);
    reviewRoutes(app, deps);
  },
  nav: [{ href: LIBRARY_PATH, label: (t) => t.solutions.nav }],
  personalData: solutionsPersonalData,
  seedDemo: seedSolutions,
};
