import type { Feature } from '../../platform/deps.ts';
import { assessmentRoutes } from './assessment/routes.ts';
import { DIMENSIONS_EDITOR_PATH, STRATEGY_PATH } from './core/paths.ts';
import { measuresRoutes } from './measures/routes.ts';
import { planRoutes } from './plan/routes.ts';
import { publishingRoutes } from './publishing/routes.ts';
import { strategyPersonalData } from './personal-data.ts';
import { strategyRetention } from './retention-entries.ts';
import { seedStrategies } from './seed.ts';

/**
 * Digitalstrategie (issue 16): each organisation's workbench from the maturity check to the
 * published strategy, built on core/ (tables, paths, who may do what, the workbench's frame):
 * - assessment/: the questionnaire over the editors' dimensions, its radar chart and the peer comparison
 * - plan/: /strategie, the task list, vision and goals, fields of action, actors and participation, comments
 * - measures/: the measures' fact sheets with their links, progress updates and the dashboard
 * - publishing/: review, versions, publication, the public page with its timeline, PDF and HTML export
 */
export const strategyFeature: Feature = {
  name: 'strategy',
  routes: (app, deps) => {
    planRoutes(app, deps);
    assessmentRoutes(app, deps);
    measuresRoutes(app, deps);
    publishingRoutes(app, deps);
  },
  nav: [{ href: STRATEGY_PATH, label: (t) => t.strategy.nav }],
  personalData: strategyPersonalData,
  retention: strategyRetention,
  seedDemo: seedStrategies,
  adminLinks: [
    {
      href: DIMENSIONS_EDITOR_PATH,
      permission: 'content:edit',
      title: (t) => t.strategyAssessment.editor.title,
      body: (t) => t.strategyAssessment.editor.lead,
    },
  ],
};
