import { EDITORS, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_NEWSLETTERS } from '../seed.ts';

/*
 * The newsletter. The page and its form are for everyone; an empty form is refused as bad
 * input. The confirmation and unsubscribe links need no login: a forged or unknown token is
 * 404 for everyone, also with a valid CSRF token. The editors' pages are for content:edit;
 * the POSTs that would change something name a newsletter that does not exist, so that the
 * matrix sends no mail and changes no demo content.
 */
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const BAD_INPUT = { anonymous: 400, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } as const;
const EDITORS_BAD_INPUT = { ...EDITORS, editor: 400, admin: 400 } as const;
const EDITORS_NOT_FOUND = { ...EDITORS, editor: 404, admin: 404 } as const;
const EDITORS_CONFLICT = { ...EDITORS, editor: 409, admin: 409 } as const;
const C = '/newsletter/bestaetigen/:token';
const U = '/newsletter/abbestellen/:token';
/** a token in the right shape whose signature is not ours */
const FORGED_UNSUBSCRIBE = 'Dn4BUAABQACAAAAAAAAAqg.bm90LWEtc2lnbmF0dXJlLW9mLXRoaXMtaW5zdGFsbGF0';
const UNKNOWN_CONFIRM = 'bm90LWEtdG9rZW4tb2YtdGhpcy1pbnN0YWxsYXRpb24tMDEy';
const MISSING = '00000000-0000-4000-8000-000000000000';
const ID = '/verwaltung/newsletter/:id';

export const newsletterRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/newsletter', expect: PUBLIC },
  { method: 'POST', url: '/newsletter', expect: BAD_INPUT },
  { method: 'GET', url: '/newsletter/angefordert', expect: PUBLIC },
  { method: 'GET', url: `/newsletter/bestaetigen/${UNKNOWN_CONFIRM}`, route: C, expect: NOBODY },
  { method: 'POST', url: `/newsletter/bestaetigen/${UNKNOWN_CONFIRM}`, route: C, expect: NOBODY },
  { method: 'GET', url: '/newsletter/bestaetigen/kein-token', route: C, expect: NOBODY },
  { method: 'GET', url: `/newsletter/abbestellen/${FORGED_UNSUBSCRIBE}`, route: U, expect: NOBODY },
  { method: 'POST', url: `/newsletter/abbestellen/${FORGED_UNSUBSCRIBE}`, route: U, expect: NOBODY },
  { method: 'POST', url: '/newsletter/abbestellen/kein-token', route: U, expect: NOBODY },
  { method: 'GET', url: '/verwaltung/newsletter', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/newsletter/neu', expect: EDITORS },
  { method: 'POST', url: '/verwaltung/newsletter/neu', expect: EDITORS_BAD_INPUT },
  { method: 'GET', url: '/verwaltung/newsletter/abonnenten', expect: EDITORS },
  // audited like every export of personal data; the audit log is not demo content
  { method: 'GET', url: '/verwaltung/newsletter/abonnenten.csv', expect: EDITORS },
  { method: 'GET', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.draft}`, route: ID, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.sent}`, route: ID, expect: EDITORS },
  { method: 'GET', url: '/verwaltung/newsletter/keine-id', route: ID, expect: EDITORS_NOT_FOUND },
  { method: 'GET', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.draft}/bearbeiten`, route: `${ID}/bearbeiten`, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.sent}/bearbeiten`, route: `${ID}/bearbeiten`, expect: EDITORS_CONFLICT },
  { method: 'POST', url: `/verwaltung/newsletter/${MISSING}/bearbeiten`, route: `${ID}/bearbeiten`, expect: EDITORS_NOT_FOUND },
  { method: 'POST', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.sent}/bearbeiten`, route: `${ID}/bearbeiten`, expect: EDITORS_CONFLICT },
  { method: 'POST', url: `/verwaltung/newsletter/${MISSING}/testversand`, route: `${ID}/testversand`, expect: EDITORS_NOT_FOUND },
  { method: 'GET', url: `/verwaltung/newsletter/${DEMO_NEWSLETTERS.draft}/versenden`, route: `${ID}/versenden`, expect: EDITORS },
  { method: 'POST', url: `/verwaltung/newsletter/${MISSING}/versenden`, route: `${ID}/versenden`, expect: EDITORS_NOT_FOUND },
];
