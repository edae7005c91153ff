import type { Feature } from '../../platform/deps.ts';
import { catalogueRoutes } from './catalogue-routes.ts';
import { editorRoutes } from './editor-routes.ts';
import { nextEventsTeaser } from './home-teaser.ts';
import { operationsJobs, operationsSweep } from './operations-jobs.ts';
import { operationsRoutes } from './operations-routes.ts';
import { eventsPersonalData } from './personal-data.ts';
import { registrationJobs, registrationSweep } from './registration-jobs.ts';
import { registrationRoutes } from './registration-routes.ts';
import { eventsRetention } from './retention-entries.ts';
import { seedEvents } from './seed.ts';

/**
 * Events on several dates and places: the public catalogue and the editors' pages
 * (catalogue-*, editor-*), registration with its check page and waiting list
 * (registration-*), and the operations after it: lists, exports, check-in, messages,
 * World Café and retention (operations-*). Other features call event-service.ts.
 */
export const eventsFeature: Feature = {
  name: 'events',
  routes: (app, deps) => {
    catalogueRoutes(app, deps);
    editorRoutes(app, deps);
    registrationRoutes(app, deps);
    operationsRoutes(app, deps);
  },
  nav: [{ href: '/veranstaltungen', label: (t) => t.events.nav }],
  homeTeaser: nextEventsTeaser,
  adminLinks: [
    { href: '/verwaltung/veranstaltungen', permission: 'content:edit', title: (t) => t.events.editor.title, body: (t) => t.events.editor.lead },
  ],
  jobs: (deps) => ({ ...registrationJobs(deps), ...operationsJobs(deps) }),
  sweep: async (deps, now) => {
    await registrationSweep(deps, now);
    await operationsSweep(deps, now);
  },
  personalData: eventsPersonalData,
  retention: eventsRetention,
  seedDemo: seedEvents,
};
