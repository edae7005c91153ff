import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { seminarFeedback, seminarModules, seminarRegistrations, seminarSeries } from '../core/tables.ts';
import { MODULE_IDS, SERIES_SLUG } from '../seed-ids.ts';
import { insertTestSeries } from './registration-fixtures.ts';

/*
 * Registering, the participant's page, cancelling, pilot feedback and the certificate, against the
 * demo series (registration for the whole series, open: its start workshop, a pilot, is held, the
 * other modules are ahead). manager@ is registered and attended the start workshop; mitglied@ is
 * not registered. Rows that would change something send an empty form: nothing is stored.
 */
const S = '/veranstaltungen/reihen/:slug';
const DEMO = `/veranstaltungen/reihen/${SERIES_SLUG}`;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const [START_WORKSHOP, VISION] = MODULE_IDS;

const signedIn = (status: number) => ({ anonymous: 303, member: status, manager: status, editor: status, juror: status, admin: status }) as const;
/** only the registered participant (manager@) finds it */
const PARTICIPANT = (status: number) => ({ anonymous: 303, member: 404, manager: status, editor: 404, juror: 404, admin: 404 }) as const;

export const seminarsRegistrationRoutes: MatrixRoute[] = [
  // the form answers everyone signed in; the registered participant is sent to the participant's page
  { method: 'GET', url: `${DEMO}/anmelden`, route: `${S}/anmelden`, expect: { ...signedIn(200), manager: 303 } },
  { method: 'GET', url: `${DEMO}/anmelden?modul=${START_WORKSHOP}`, route: `${S}/anmelden`, expect: signedIn(400) },
  { method: 'GET', url: `${DEMO}/anmelden?modul=${NO_ID}`, route: `${S}/anmelden`, expect: signedIn(404) },
  { method: 'POST', url: `${DEMO}/anmelden`, route: `${S}/anmelden`, expect: signedIn(400) },
  // the confirmation without the check page's fields is a hand-made request
  { method: 'POST', url: `${DEMO}/anmelden/bestaetigen`, route: `${S}/anmelden/bestaetigen`, expect: signedIn(400) },
  { method: 'GET', url: `${DEMO}/teilnahme`, route: `${S}/teilnahme`, expect: PARTICIPANT(200) },
  // without the button's field nothing is cancelled (the demo participant stays registered)
  { method: 'POST', url: `${DEMO}/teilnahme/abmelden`, route: `${S}/teilnahme/abmelden`, expect: signedIn(400) },
  // the participant gave feedback on the start workshop already: sent to the participant's page, nothing stored twice
  { method: 'GET', url: `${DEMO}/teilnahme/rueckmeldung/${START_WORKSHOP}`, route: `${S}/teilnahme/rueckmeldung/:moduleId`, expect: PARTICIPANT(303) },
  { method: 'POST', url: `${DEMO}/teilnahme/rueckmeldung/${START_WORKSHOP}`, route: `${S}/teilnahme/rueckmeldung/:moduleId`, expect: PARTICIPANT(303) },
  // a module not held yet, and an id of no module of the series
  { method: 'GET', url: `${DEMO}/teilnahme/rueckmeldung/${VISION}`, route: `${S}/teilnahme/rueckmeldung/:moduleId`, expect: PARTICIPANT(404) },
  { method: 'GET', url: `${DEMO}/teilnahme/rueckmeldung/${NO_ID}`, route: `${S}/teilnahme/rueckmeldung/:moduleId`, expect: PARTICIPANT(404) },
  { method: 'POST', url: `${DEMO}/teilnahme/rueckmeldung/${NO_ID}`, route: `${S}/teilnahme/rueckmeldung/:moduleId`, expect: PARTICIPANT(404) },
  // one module attended of five: no certificate yet
  { method: 'GET', url: `${DEMO}/teilnahme/bescheinigung.pdf`, route: `${S}/teilnahme/bescheinigung.pdf`, expect: PARTICIPANT(404) },
];

/** found by nobody: the sign-in first, then no such module of the series for anyone */
const NOBODY_SIGNED_IN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

/**
 * Another series' held pilot module, asked for under the demo series by its participant, and
 * the demo's start workshop under the other series, where nobody is registered: never found.
 */
export const seminarsRegistrationForeignIds: ForeignIdMatrix<{ slug: string; pilot: string }> = {
  async setUp(deps) {
    const slug = 'fremde-reihe-rueckmeldung';
    const { moduleIds } = await insertTestSeries(deps, { slug, modules: [{ title: 'Fremder Pilot', inDays: -10, isPilot: true }] });
    return { slug, pilot: moduleIds[0]! };
  },
  state: (deps) => readTables(deps.db, [seminarSeries, seminarModules, seminarRegistrations, seminarFeedback]),
  rows: [
    {
      method: 'GET',
      route: `${S}/teilnahme/rueckmeldung/:moduleId`,
      what: 'another series’ pilot module under the demo series',
      url: (ids) => `${DEMO}/teilnahme/rueckmeldung/${ids.pilot}`,
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: `${S}/teilnahme/rueckmeldung/:moduleId`,
      what: 'another series’ pilot module under the demo series',
      url: (ids) => `${DEMO}/teilnahme/rueckmeldung/${ids.pilot}`,
      form: () => ({ rating: '5', comment: 'Übernommen' }),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'GET',
      route: `${S}/teilnahme/rueckmeldung/:moduleId`,
      what: 'the demo start workshop under another series',
      url: (ids) => `/veranstaltungen/reihen/${ids.slug}/teilnahme/rueckmeldung/${START_WORKSHOP}`,
      expect: NOBODY_SIGNED_IN,
    },
  ],
};
