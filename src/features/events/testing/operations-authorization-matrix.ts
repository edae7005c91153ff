import { EDITORS, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_EVENTS } from '../seed.ts';

/*
 * The operations pages (H3): registrations, exports, sign-in list, messages, check-in and
 * World Café, on the demo kick-off's Lübeck date. POSTs are sent with an empty form, so
 * they fail validation (400) or name a registration or contribution that does not exist
 * (404); the one that succeeds takes back a World Café result that was never published.
 */
const KICK_OFF = DEMO_EVENTS.kickOff;
const EVENT = `/verwaltung/veranstaltungen/${KICK_OFF.id}`;
const DATE = `${EVENT}/termine/${KICK_OFF.dates.luebeck}`;
// A real date, but of another event: the address must not reach it.
const FOREIGN_DATE = `${EVENT}/termine/${DEMO_EVENTS.consultation.dates.first}`;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const R = '/verwaltung/veranstaltungen/:id';
const D = `${R}/termine/:dateId`;

const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });
const SIGNED_IN_INVALID = { ...SIGNED_IN, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } as const;

export const eventOperationRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${DATE}/anmeldungen`, route: `${D}/anmeldungen`, expect: EDITORS },
  { method: 'GET', url: `${DATE}/anmeldungen?suche=DK-7KQ2-M9`, route: `${D}/anmeldungen`, expect: EDITORS },
  { method: 'GET', url: `${FOREIGN_DATE}/anmeldungen`, route: `${D}/anmeldungen`, expect: forEditors(404) },
  { method: 'POST', url: `${DATE}/anmeldungen/manuell`, route: `${D}/anmeldungen/manuell`, expect: forEditors(400) },
  { method: 'POST', url: `${DATE}/anmeldungen/${NO_ID}/stornieren`, route: `${D}/anmeldungen/:registrationId/stornieren`, expect: forEditors(404) },
  { method: 'POST', url: `${DATE}/anmeldungen/${NO_ID}/nachruecken`, route: `${D}/anmeldungen/:registrationId/nachruecken`, expect: forEditors(404) },

  { method: 'GET', url: `${DATE}/anmeldungen.csv`, route: `${D}/anmeldungen.csv`, expect: EDITORS },
  { method: 'GET', url: `${DATE}/anmeldungen.xlsx`, route: `${D}/anmeldungen.xlsx`, expect: EDITORS },
  { method: 'GET', url: `${FOREIGN_DATE}/anmeldungen.csv`, route: `${D}/anmeldungen.csv`, expect: forEditors(404) },
  { method: 'GET', url: `${EVENT}/anmeldungen.csv`, route: `${R}/anmeldungen.csv`, expect: EDITORS },
  { method: 'GET', url: `${EVENT}/anmeldungen.xlsx`, route: `${R}/anmeldungen.xlsx`, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/veranstaltungen/${NO_ID}/anmeldungen.xlsx`, route: `${R}/anmeldungen.xlsx`, expect: forEditors(404) },
  { method: 'GET', url: `${DATE}/teilnehmerliste`, route: `${D}/teilnehmerliste`, expect: EDITORS },

  { method: 'GET', url: `${DATE}/nachrichten`, route: `${D}/nachrichten`, expect: EDITORS },
  { method: 'POST', url: `${DATE}/nachrichten`, route: `${D}/nachrichten`, expect: forEditors(400) },

  { method: 'GET', url: `${DATE}/einlass`, route: `${D}/einlass`, expect: EDITORS },
  { method: 'GET', url: `${DATE}/einlass?suche=mustermann`, route: `${D}/einlass`, expect: EDITORS },
  { method: 'POST', url: `${DATE}/einlass/${NO_ID}`, route: `${D}/einlass/:registrationId`, expect: forEditors(404) },
  { method: 'POST', url: `${DATE}/einlass/${NO_ID}/rueckgaengig`, route: `${D}/einlass/:registrationId/rueckgaengig`, expect: forEditors(404) },

  { method: 'GET', url: `${EVENT}/world-cafe`, route: `${R}/world-cafe`, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/veranstaltungen/${NO_ID}/world-cafe`, route: `${R}/world-cafe`, expect: forEditors(404) },
  { method: 'POST', url: `${EVENT}/world-cafe/${KICK_OFF.worldCafeQuestion}`, route: `${R}/world-cafe/:questionId`, expect: forEditors(400) },
  { method: 'POST', url: `${EVENT}/world-cafe/${NO_ID}`, route: `${R}/world-cafe/:questionId`, expect: forEditors(404) },
  {
    method: 'POST',
    url: `${EVENT}/world-cafe/${KICK_OFF.worldCafeQuestion}/zuruecknehmen`,
    route: `${R}/world-cafe/:questionId/zuruecknehmen`,
    expect: forEditors(303),
  },
  {
    method: 'POST',
    url: `${EVENT}/world-cafe/beitraege/${NO_ID}/entfernen`,
    route: `${R}/world-cafe/beitraege/:contributionId/entfernen`,
    expect: forEditors(404),
  },
  {
    method: 'POST',
    url: `/veranstaltungen/${KICK_OFF.slug}/world-cafe/${KICK_OFF.worldCafeQuestion}/beitraege`,
    route: '/veranstaltungen/:slug/world-cafe/:questionId/beitraege',
    expect: SIGNED_IN_INVALID,
  },
  {
    method: 'POST',
    url: `/veranstaltungen/${KICK_OFF.slug}/world-cafe/${NO_ID}/beitraege`,
    route: '/veranstaltungen/:slug/world-cafe/:questionId/beitraege',
    expect: { ...SIGNED_IN, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 },
  },
];
