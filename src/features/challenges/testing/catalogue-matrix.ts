import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { CHALLENGES_PATH, challengePath, FEED_PATH } from '../core/paths.ts';
import { DECIDED_CHALLENGE, JURY_CHALLENGE, OPEN_CHALLENGE } from '../seed-ids.ts';

/*
 * The public side: the list, the feed and a published challenge's page are everyone's, in every
 * phase of the demo (open, with the jury, decided). An address that names no challenge, or could
 * not be one, is nobody's. Nothing here changes anything. A draft is 404 for all but its owners:
 * the demo has none, so catalogue.test.ts checks that.
 */
const PAGE = `${CHALLENGES_PATH}/:slug`;
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const challengesCatalogueRoutes: MatrixRoute[] = [
  { method: 'GET', url: CHALLENGES_PATH, expect: PUBLIC },
  { method: 'GET', url: `${CHALLENGES_PATH}?stand=kaputt&handlungsfeld=%3Cx%3E&seite=abc`, route: CHALLENGES_PATH, expect: PUBLIC },
  { method: 'GET', url: FEED_PATH, expect: PUBLIC },
  { method: 'GET', url: challengePath(OPEN_CHALLENGE.slug), route: PAGE, expect: PUBLIC },
  { method: 'GET', url: challengePath(JURY_CHALLENGE.slug), route: PAGE, expect: PUBLIC },
  { method: 'GET', url: challengePath(DECIDED_CHALLENGE.slug), route: PAGE, expect: PUBLIC },
  { method: 'GET', url: challengePath('keine-herausforderung'), route: PAGE, expect: NOBODY },
  { method: 'GET', url: challengePath('Keine_Adresse'), route: PAGE, expect: NOBODY },
];
