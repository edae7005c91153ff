import type { Feature } from '../../platform/deps.ts';
import { editorRoutes } from './editor-routes.ts';
import { latestNewsTeaser } from './home-teaser.ts';
import { publicRoutes } from './public-routes.ts';
import { publishDueItems } from './publish-due-items.ts';
import { seedKnowledge } from './seed.ts';

/**
 * Knowledge: guides, documents, videos, news and FAQs with a review workflow, versions and
 * scheduled publication (editor-*), and the public pages /wissen and /aktuelles.
 */
export const knowledgeFeature: Feature = {
  name: 'knowledge',
  routes: (app, deps) => {
    editorRoutes(app, deps);
    publicRoutes(app, deps);
  },
  nav: [
    { href: '/wissen', label: (t) => t.knowledge.nav },
    { href: '/aktuelles', label: (t) => t.knowledge.newsNav },
  ],
  homeTeaser: latestNewsTeaser,
  adminLinks: [{ href: '/verwaltung/wissen', permission: 'content:edit', title: (t) => t.knowledge.editor.title, body: (t) => t.knowledge.editor.lead }],
  seedDemo: seedKnowledge,
  sweep: async (deps, now) => {
    await publishDueItems(deps, { now });
  },
};
