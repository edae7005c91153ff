import type { Feature } from '../../platform/deps.ts';
import { nextSeriesTeaser } from './catalogue/home-teaser.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { EDITOR_PATH } from './core/paths.ts';
import { editorRoutes } from './editor/routes.ts';
import { operationsRoutes } from './operations/routes.ts';
import { registrationRoutes } from './registration/routes.ts';
import { seminarsPersonalData } from './personal-data.ts';
import { seminarsRetention } from './retention-entries.ts';
import { removeExpiredSeminarData } from './retention-sweep.ts';
import { seedSeminars } from './seed.ts';

/**
 * Seminar series (issue 20): a course of modules over several years whose participants, a closed
 * group, build their municipality's digital strategy (seed 004). Built on core/ (tables, paths,
 * the rules of materials, eligibility and certificates):
 * - editor/: series, modules, sessions and materials; publication and the search
 * - catalogue/: the public list and page of a series, its materials for those who may see them
 * - registration/: registering for the series or a module, the participant's page, pilot feedback, the certificate
 * - operations/: attendance per module, the participants with their progress, exports, the pilot's feedback
 */
export const seminarsFeature: Feature = {
  name: 'seminars',
  routes: (app, deps) => {
    editorRoutes(app, deps);
    catalogueRoutes(app, deps);
    registrationRoutes(app, deps);
    operationsRoutes(app, deps);
  },
  homeTeaser: nextSeriesTeaser,
  personalData: seminarsPersonalData,
  retention: seminarsRetention,
  sweep: async (deps, now) => {
    await removeExpiredSeminarData(deps, now);
  },
  seedDemo: seedSeminars,
  adminLinks: [{ href: EDITOR_PATH, permission: 'content:edit', title: (t) => t.seminars.editorTitle, body: (t) => t.seminars.editorLead }],
};
