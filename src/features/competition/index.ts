import type { Feature } from '../../platform/deps.ts';
import { callEditorRoutes } from './calls/editor-routes.ts';
import { openCallsTeaser } from './calls/home-teaser.ts';
import { callPublicRoutes } from './calls/public-routes.ts';
import { projectPublicRoutes } from './projects/public-routes.ts';
import { competitionPersonalData } from './personal-data.ts';
import { seedCompetition } from './seed.ts';

/**
 * Wettbewerb & Förderung: calls for applications with their conditions (calls/ → imports
 * projects/) and the funded model projects with their showcase and open data (projects/),
 * both built on core/ (tables, rules of eligibility, amounts and deadlines). Applications and
 * the review follow as sub-areas of their own.
 */
export const competitionFeature: Feature = {
  name: 'competition',
  routes: (app, deps) => {
    callPublicRoutes(app, deps);
    projectPublicRoutes(app, deps);
    callEditorRoutes(app, deps);
  },
  nav: [{ href: '/wettbewerb', label: (t) => t.competition.nav }],
  homeTeaser: openCallsTeaser,
  adminLinks: [
    { href: '/verwaltung/wettbewerb', permission: 'content:edit', title: (t) => t.competition.editor.title, body: (t) => t.competition.editor.lead },
  ],
  personalData: competitionPersonalData,
  seedDemo: seedCompetition,
};
