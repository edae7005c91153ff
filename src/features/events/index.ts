import type { Feature } from '../../platform/deps.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { editorRoutes } from './editor/routes.ts';
import { nextEventsTeaser } from './catalogue/home-teaser.ts';
import { operationsJobs, operationsSweep } from './operations/jobs.ts';
import { registrationGauges } from './operations/metrics.ts';
import { operationsRoutes } from './operations/routes.ts';
import { eventsPersonalData } from './personal-data.ts';
import { registrationJobs, registrationSweep } from './registration/jobs.ts';
import { registrationRoutes } from './registration/routes.ts';
import { eventsRetention } from './retention-entries.ts';
import { seedEvents } from './seed.ts';
import { worldCafeRoutes } from './world-cafe/routes.ts';

/**
 * Events on several dates and places, in sub-areas that each import core/ and at most one
 * other: catalogue/ (public pages, feeds, calendar files) → world-cafe/ (questions' public
 * side and published results) → operations/ (registrations view, exports, messages,
 * check-in, retention) → registration/ (form, check page, confirmation, manage link,
 * waiting list, receipts); editor/ (events, dates, programme, questions, consent) uses core/
 * only. Other features use catalogue/catalogue-service.ts.
 */
export const eventsFeature: Feature = {
  name: 'events',
  routes: (app, deps) => {
    catalogueRoutes(app, deps);
    editorRoutes(app, deps);
    registrationRoutes(app, deps);
    operationsRoutes(app, deps);
    worldCafeRoutes(app, deps);
  },
  nav: [{ href: '/veranstaltungen', label: (t) => t.events.nav }],
  homeTeaser: nextEventsTeaser,
  adminLinks: [{ href: '/verwaltung/veranstaltungen', permission: 'content:edit', title: (t) => t.events.editor.title, body: (t) => t.events.editor.lead }],
  jobs: (deps) => ({ ...registrationJobs(deps), ...operationsJobs(deps) }),
  sweep: async (deps, now) => {
    await registrationSweep(deps, now);
    await operationsSweep(deps, now);
  },
  gauges: registrationGauges,
  personalData: eventsPersonalData,
  retention: eventsRetention,
  seedDemo: seedEvents,
};
