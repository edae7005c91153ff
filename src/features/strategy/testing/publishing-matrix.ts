import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/*
 * Review, versions, exports and the public page (publishing/). The demo's Gemeinde Süderbrarup
 * has a draft strategy: its manager and member read the workbench, everyone else gets 404. The
 * POST rows name an organisation that does not exist, so nothing is published; the guards answer
 * before anything is looked up for the anonymous visitor. Kreis Dithmarschen's strategy is published.
 */
const W = '/strategie/gemeinde-suederbrarup/werkstatt/veroeffentlichen';
const R = '/strategie/:org/werkstatt/veroeffentlichen';
const WORKBENCH = { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const NOWHERE = '/strategie/gibt-es-nicht/werkstatt/veroeffentlichen';
const EVERYONE = { anonymous: 200, member: 200, manager: 200, editor: 200, juror: 200, admin: 200 } as const;
const NOT_PUBLIC = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const strategyPublishingRoutes: MatrixRoute[] = [
  { method: 'GET', url: W, route: R, expect: WORKBENCH },
  { method: 'GET', url: `${W}/versionen`, route: `${R}/versionen`, expect: WORKBENCH },
  { method: 'GET', url: `${W}/strategie.pdf`, route: `${R}/strategie.pdf`, expect: WORKBENCH },
  { method: 'GET', url: `${W}/strategie.html`, route: `${R}/strategie.html`, expect: WORKBENCH },
  { method: 'POST', url: `${NOWHERE}/veroeffentlichen`, route: `${R}/veroeffentlichen`, expect: NOBODY },
  { method: 'POST', url: `${NOWHERE}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: NOBODY },
  { method: 'POST', url: `${NOWHERE}/version-sichern`, route: `${R}/version-sichern`, expect: NOBODY },
  { method: 'GET', url: '/strategie/kreis-dithmarschen', route: '/strategie/:org', expect: EVERYONE },
  { method: 'GET', url: '/strategie/kreis-dithmarschen/strategie.pdf', route: '/strategie/:org/strategie.pdf', expect: EVERYONE },
  // a draft has no public page, not even for its own managers
  { method: 'GET', url: '/strategie/gemeinde-suederbrarup', route: '/strategie/:org', expect: NOT_PUBLIC },
  { method: 'GET', url: '/strategie/gemeinde-suederbrarup/strategie.pdf', route: '/strategie/:org/strategie.pdf', expect: NOT_PUBLIC },
];
