import { EDITORS, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_EVENTS } from '../seed.ts';

/*
 * The catalogue and the editors' pages (H1). URLs name the demo events by their fixed ids
 * and slugs (seed.ts). POSTs are sent with an empty form, so they fail validation (400) or
 * name an entry that does not exist (404); the only ones that change something publish
 * the demo draft and take it back again, in that order.
 */
const KICK_OFF = DEMO_EVENTS.kickOff;
const DRAFT = DEMO_EVENTS.draft;
const PAGE = `/veranstaltungen/${KICK_OFF.slug}`;
const EDIT = `/verwaltung/veranstaltungen/${KICK_OFF.id}`;
const DATE = `${EDIT}/termine/${KICK_OFF.dates.luebeck}`;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const R = '/verwaltung/veranstaltungen/:id';

// The first size of the kick-off's demo picture: the id after the picture's (platform/pictures/demo-pictures.ts).
const KICK_OFF_PICTURE_FILE = '0e7e0001-0000-4000-8000-000000000b01';

const EVERYONE_404 = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const EDITORS_ONLY_SEE = { ...EVERYONE_404, editor: 200, admin: 200 } as const;
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

export const eventRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/veranstaltungen', expect: PUBLIC },
  { method: 'GET', url: '/veranstaltungen?handlungsfeld=verwaltung&ort=L%C3%BCbeck&format=praesenz&seite=1', route: '/veranstaltungen', expect: PUBLIC },
  { method: 'GET', url: '/veranstaltungen/archiv', expect: PUBLIC },
  { method: 'GET', url: '/veranstaltungen.ics', expect: PUBLIC },
  { method: 'GET', url: '/veranstaltungen/feed.atom', expect: PUBLIC },
  { method: 'GET', url: PAGE, route: '/veranstaltungen/:slug', expect: PUBLIC },
  { method: 'GET', url: `/veranstaltungen/${DRAFT.slug}`, route: '/veranstaltungen/:slug', expect: EDITORS_ONLY_SEE },
  { method: 'GET', url: '/veranstaltungen/gibt-es-nicht', route: '/veranstaltungen/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: `${PAGE}/termine/${KICK_OFF.dates.luebeck}.ics`, route: '/veranstaltungen/:slug/termine/:dateId.ics', expect: PUBLIC },
  {
    method: 'GET',
    url: `/veranstaltungen/${DRAFT.slug}/termine/${DRAFT.dates.husum}.ics`,
    route: '/veranstaltungen/:slug/termine/:dateId.ics',
    expect: EDITORS_ONLY_SEE,
  },
  { method: 'GET', url: `${PAGE}/bild/${KICK_OFF_PICTURE_FILE}`, route: '/veranstaltungen/:slug/bild/:fileId', expect: PUBLIC },
  // the kick-off's picture asked for under another event: not that event's
  { method: 'GET', url: `/veranstaltungen/${DRAFT.slug}/bild/${KICK_OFF_PICTURE_FILE}`, route: '/veranstaltungen/:slug/bild/:fileId', expect: EVERYONE_404 },
  { method: 'GET', url: `${PAGE}/bild/${NO_ID}`, route: '/veranstaltungen/:slug/bild/:fileId', expect: EVERYONE_404 },
  { method: 'GET', url: `${PAGE}/bild/kein-bild`, route: '/veranstaltungen/:slug/bild/:fileId', expect: EVERYONE_404 },

  { method: 'GET', url: '/verwaltung/veranstaltungen', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/veranstaltungen/neu', expect: EDITORS },
  { method: 'POST', url: '/verwaltung/veranstaltungen/neu', expect: forEditors(400) },
  { method: 'GET', url: EDIT, route: R, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/veranstaltungen/${NO_ID}`, route: R, expect: forEditors(404) },
  { method: 'GET', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/bearbeiten`, route: `${R}/bearbeiten`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/bild`, route: `${R}/bild`, expect: EDITORS },
  // a form that is not multipart is a hand-made request
  { method: 'POST', url: `${EDIT}/bild`, route: `${R}/bild`, expect: forEditors(400) },
  // the draft has no picture: removing it changes nothing and leads back to the page
  { method: 'POST', url: `/verwaltung/veranstaltungen/${DRAFT.id}/bild/entfernen`, route: `${R}/bild/entfernen`, expect: forEditors(303) },
  { method: 'GET', url: `${EDIT}/kopieren`, route: `${R}/kopieren`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/kopieren`, route: `${R}/kopieren`, expect: forEditors(400) },

  { method: 'GET', url: `${EDIT}/termine/neu`, route: `${R}/termine/neu`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/termine/neu`, route: `${R}/termine/neu`, expect: forEditors(400) },
  { method: 'GET', url: `${DATE}/bearbeiten`, route: `${R}/termine/:dateId/bearbeiten`, expect: EDITORS },
  { method: 'POST', url: `${DATE}/bearbeiten`, route: `${R}/termine/:dateId/bearbeiten`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/termine/${NO_ID}/bearbeiten`, route: `${R}/termine/:dateId/bearbeiten`, expect: forEditors(404) },
  { method: 'GET', url: `${DATE}/absagen`, route: `${R}/termine/:dateId/absagen`, expect: EDITORS },
  { method: 'POST', url: `${DATE}/absagen`, route: `${R}/termine/:dateId/absagen`, expect: forEditors(400) },

  { method: 'GET', url: `${EDIT}/programm`, route: `${R}/programm`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/programm`, route: `${R}/programm`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/programm/${KICK_OFF.programmeItem}`, route: `${R}/programm/:entryId`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/programm/${KICK_OFF.programmeItem}`, route: `${R}/programm/:entryId`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/programm/${NO_ID}/loeschen`, route: `${R}/programm/:entryId/loeschen`, expect: forEditors(404) },
  { method: 'GET', url: `${DATE}/programm`, route: `${R}/termine/:dateId/programm`, expect: EDITORS },
  { method: 'GET', url: `${DATE}/programm?verschieben=eine-Stunde`, route: `${R}/termine/:dateId/programm`, expect: forEditors(400) },
  { method: 'POST', url: `${DATE}/programm`, route: `${R}/termine/:dateId/programm`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/termine/${NO_ID}/programm`, route: `${R}/termine/:dateId/programm`, expect: forEditors(404) },

  { method: 'GET', url: `${EDIT}/fragen`, route: `${R}/fragen`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/fragen`, route: `${R}/fragen`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/fragen/${KICK_OFF.question}`, route: `${R}/fragen/:entryId`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/fragen/${KICK_OFF.question}`, route: `${R}/fragen/:entryId`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/fragen/${NO_ID}/loeschen`, route: `${R}/fragen/:entryId/loeschen`, expect: forEditors(404) },
  { method: 'POST', url: `${EDIT}/fragen/${NO_ID}/verschieben`, route: `${R}/fragen/:entryId/verschieben`, expect: forEditors(404) },

  { method: 'GET', url: `${EDIT}/einwilligung`, route: `${R}/einwilligung`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/einwilligung`, route: `${R}/einwilligung`, expect: forEditors(400) },

  { method: 'GET', url: `${EDIT}/world-cafe-fragen`, route: `${R}/world-cafe-fragen`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/world-cafe-fragen`, route: `${R}/world-cafe-fragen`, expect: forEditors(400) },
  { method: 'GET', url: `${EDIT}/world-cafe-fragen/${KICK_OFF.worldCafeQuestion}`, route: `${R}/world-cafe-fragen/:entryId`, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/world-cafe-fragen/${KICK_OFF.worldCafeQuestion}`, route: `${R}/world-cafe-fragen/:entryId`, expect: forEditors(400) },
  { method: 'POST', url: `${EDIT}/world-cafe-fragen/${NO_ID}/loeschen`, route: `${R}/world-cafe-fragen/:entryId/loeschen`, expect: forEditors(404) },
  { method: 'POST', url: `${EDIT}/world-cafe-fragen/${NO_ID}/verschieben`, route: `${R}/world-cafe-fragen/:entryId/verschieben`, expect: forEditors(404) },

  // The demo draft is published and taken back: the only rows that change something.
  { method: 'POST', url: `/verwaltung/veranstaltungen/${DRAFT.id}/veroeffentlichen`, route: `${R}/veroeffentlichen`, expect: forEditors(303) },
  { method: 'POST', url: `/verwaltung/veranstaltungen/${DRAFT.id}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: forEditors(303) },
];
