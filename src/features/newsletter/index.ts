import type { Feature } from '../../platform/deps.ts';
import { editorRoutes } from './editor-routes.ts';
import { newsletterJobs, resumePacing } from './jobs.ts';
import { newsletterGauges } from './metrics.ts';
import { newsletterPersonalData } from './personal-data.ts';
import { publicRoutes } from './public-routes.ts';
import { removeLapsedSubscriptions } from './remove-lapsed-subscriptions.ts';
import { newsletterRetention } from './retention-entries.ts';
import { seedNewsletter } from './seed.ts';

/**
 * The newsletter: subscribing with double opt-in and the signed unsubscribe link (public-*),
 * the editors' pages (editor-*), and the paced sending (jobs.ts, send-due-deliveries.ts).
 */
export const newsletterFeature: Feature = {
  name: 'newsletter',
  routes: (app, deps) => {
    publicRoutes(app, deps);
    editorRoutes(app, deps);
  },
  adminLinks: [{ href: '/verwaltung/newsletter', permission: 'content:edit', title: (t) => t.newsletter.editor.title, body: (t) => t.newsletter.adminBody }],
  jobs: newsletterJobs,
  gauges: newsletterGauges,
  personalData: newsletterPersonalData,
  retention: newsletterRetention,
  seedDemo: seedNewsletter,
  sweep: async (deps, now) => {
    await removeLapsedSubscriptions(deps, { now });
    await resumePacing(deps, now);
  },
};
