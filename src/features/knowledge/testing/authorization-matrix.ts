import { EDITORS, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_KNOWLEDGE } from '../seed.ts';

/*
 * Knowledge (issue 4): public pages name the demo items by their fixed slugs, editors' pages
 * by their fixed ids (seed.ts), files by the fixed ids the seed stores them under. POSTs are
 * sent with an empty form and fail validation (400), so the matrix changes nothing.
 */
const EDIT = `/verwaltung/wissen/${DEMO_KNOWLEDGE.guideId}`;
const R = '/verwaltung/wissen/:id';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const EVERYONE_404 = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

export const knowledgeRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/wissen', expect: PUBLIC },
  { method: 'GET', url: '/wissen?typ=guide&handlungsfeld=verwaltung&zielgruppe=politik', route: '/wissen', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.guide}`, route: '/wissen/:slug', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.video}?video=laden`, route: '/wissen/:slug', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.draft}`, route: '/wissen/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.ownVideo}`, route: '/wissen/:slug', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.document}`, route: '/wissen/:slug', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.document}/download`, route: '/wissen/:slug/download', expect: PUBLIC },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.guide}/download`, route: '/wissen/:slug/download', expect: EVERYONE_404 },
  { method: 'GET', url: `/wissen/${DEMO_KNOWLEDGE.draft}/download`, route: '/wissen/:slug/download', expect: EVERYONE_404 },
  { method: 'GET', url: `/dateien/${DEMO_KNOWLEDGE.ownVideoFileId}`, route: '/dateien/:id', expect: PUBLIC },
  { method: 'GET', url: `/dateien/${DEMO_KNOWLEDGE.ownCaptionsFileId}`, route: '/dateien/:id', expect: PUBLIC },
  { method: 'GET', url: `/dateien/${NO_ID}`, route: '/dateien/:id', expect: EVERYONE_404 },
  { method: 'GET', url: '/dateien/kein-gueltiger-name', route: '/dateien/:id', expect: EVERYONE_404 },
  { method: 'GET', url: '/aktuelles', expect: PUBLIC },
  { method: 'GET', url: '/aktuelles?seite=2', route: '/aktuelles', expect: PUBLIC },
  { method: 'GET', url: '/aktuelles/feed.atom', expect: PUBLIC },
  { method: 'GET', url: `/aktuelles/${DEMO_KNOWLEDGE.news}`, route: '/aktuelles/:slug', expect: PUBLIC },
  { method: 'GET', url: '/aktuelles/gibt-es-nicht', route: '/aktuelles/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: '/handlungsfelder/verwaltung', route: '/handlungsfelder/:slug', expect: PUBLIC },
  { method: 'GET', url: '/handlungsfelder/gibt-es-nicht', route: '/handlungsfelder/:slug', expect: EVERYONE_404 },

  { method: 'GET', url: '/verwaltung/wissen', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/wissen?status=draft', route: '/verwaltung/wissen', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/wissen/neu', expect: EDITORS },
  { method: 'POST', url: '/verwaltung/wissen/neu', expect: forEditors(400) },
  { method: 'GET', url: EDIT, route: R, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}`, route: R, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/wissen/${NO_ID}`, route: R, expect: forEditors(404) },
  { method: 'GET', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/status`, route: `${R}/status`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/bilder`, route: `${R}/bilder`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/bild`, route: `${R}/bild`, expect: EDITORS },
  // a form that is not multipart is a hand-made request
  { method: 'POST', url: `${EDIT}/bild`, route: `${R}/bild`, expect: forEditors(400) },
  // the draft has no title picture: removing it changes nothing and leads back to the page
  { method: 'POST', url: `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}/bild/entfernen`, route: `${R}/bild/entfernen`, expect: forEditors(303) },
  { method: 'GET', url: `${EDIT}/versionen`, route: `${R}/versionen`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/wiederherstellen`, route: `${R}/wiederherstellen`, expect: forEditors(400) },
];
