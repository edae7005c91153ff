import type { Feature } from '../../platform/deps.ts';
import { ADOPTIONS_PATH, LIBRARY_PATH, MY_SOLUTIONS_PATH } from './core/paths.ts';
import { adoptionRoutes } from './adoptions/routes.ts';
import { libraryRoutes } from './library/routes.ts';
import { profileFileRoutes } from './profiles/file-routes.ts';
import { reviewRoutes } from './profiles/review-routes.ts';
import { profileRoutes } from './profiles/routes.ts';
import { publiccodeRoutes } from './publiccode/routes.ts';
import { versionRoutes } from './profiles/version-routes.ts';
import { solutionsPersonalData } from './personal-data.ts';
import { solutionsRetention } from './retention-entries.ts';
import { seedSolutions } from './seed.ts';

/**
 * Lösungen zum Nachnutzen (issue 14), built on core/ (tables, paths, the solution's row, the
 * search document):
 * - library/: the public list with search and filters, each published solution's page, its
 *   documents and title picture
 * - profiles/: the owners' drafts, review by an editor, publication and versions
 * - adoptions/: "Nachnutzen", the owners' answers, the adopters' progress and reports
 * - publiccode/: a software solution's publiccode.yml, exported and imported as a new draft
 */
export const solutionsFeature: Feature = {
  name: 'solutions',
  routes: (app, deps) => {
    libraryRoutes(app, deps);
    adoptionRoutes(app, deps);
    profileRoutes(app, deps);
    profileFileRoutes(app, deps);
    reviewRoutes(app, deps);
    versionRoutes(app, deps);
    publiccodeRoutes(app, deps);
  },
  nav: [{ href: LIBRARY_PATH, label: (t) => t.solutions.nav }],
  accountLinks: [
    { href: MY_SOLUTIONS_PATH, label: (t) => t.solutionsProfiles.mine.title },
    { href: ADOPTIONS_PATH, label: (t) => t.solutionsAdoptions.list.title },
  ],
  personalData: solutionsPersonalData,
  retention: solutionsRetention,
  seedDemo: seedSolutions,
};
