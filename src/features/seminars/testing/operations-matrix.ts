import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { seminarAttendance, seminarFeedback, seminarRegistrations } from '../core/tables.ts';
import { MODULE_IDS, SERIES_ID } from '../seed-ids.ts';
import { insertOperationsSeries, insertSeminarRegistration } from './operations-fixtures.ts';

/*
 * The editors' operations of a series (participants, exports, attendance, pilot feedback) on the
 * demo series: its first module is the held pilot, the second no pilot. Nobody's user id is
 * fixed in the demo, so the check-in rows name a person who does not exist (404 for editors).
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const S = `/verwaltung/reihen/${SERIES_ID}`;
const R = '/verwaltung/reihen/:id';
const PILOT = `${S}/module/${MODULE_IDS[0]}`;
const NO_PILOT = `${S}/module/${MODULE_IDS[1]}`;

/** past the editors' guard, the lookup finds nothing */
const EDITORS_FIND_NOTHING = { anonymous: 303, member: 403, manager: 403, editor: 404, juror: 403, admin: 404 } as const;

export const seminarsOperationsRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${S}/teilnehmende`, route: `${R}/teilnehmende`, expect: EDITORS },
  { method: 'GET', url: `${S}/teilnehmende.csv`, route: `${R}/teilnehmende.csv`, expect: EDITORS },
  { method: 'GET', url: `${S}/teilnehmende.xlsx`, route: `${R}/teilnehmende.xlsx`, expect: EDITORS },
  { method: 'GET', url: `${PILOT}/anwesenheit`, route: `${R}/module/:moduleId/anwesenheit`, expect: EDITORS },
  { method: 'POST', url: `${PILOT}/anwesenheit/${NO_ID}`, route: `${R}/module/:moduleId/anwesenheit/:userId`, expect: EDITORS_FIND_NOTHING },
  { method: 'GET', url: `${PILOT}/rueckmeldungen`, route: `${R}/module/:moduleId/rueckmeldungen`, expect: EDITORS },
  { method: 'GET', url: `${NO_PILOT}/rueckmeldungen`, route: `${R}/module/:moduleId/rueckmeldungen`, expect: EDITORS_FIND_NOTHING },
];

interface ForeignSeries {
  /** the pilot module of another series */
  module: string;
  /** a confirmed participant of that other series, nobody of the demo series */
  participant: string;
}

export const seminarsOperationsForeignIds: ForeignIdMatrix<ForeignSeries> = {
  async setUp(deps) {
    const other = await insertOperationsSeries(deps.db, { slug: 'reihe-matrix-fremd', modules: [{ title: 'Fremdes Pilotmodul', isPilot: true, inDays: -7 }] });
    const participant = (await createTestUser(deps, { displayName: 'Frauke Fremd' })).id;
    await insertSeminarRegistration(deps.db, { seriesId: other.id, userId: participant });
    return { module: other.moduleIds[0]!, participant };
  },
  state: (deps) => readTables(deps.db, [seminarRegistrations, seminarAttendance, seminarFeedback]),
  rows: [
    {
      method: 'GET',
      route: `${R}/module/:moduleId/anwesenheit`,
      what: "another series' module",
      url: (o) => `${S}/module/${o.module}/anwesenheit`,
      expect: EDITORS_FIND_NOTHING,
    },
    {
      method: 'GET',
      route: `${R}/module/:moduleId/rueckmeldungen`,
      what: "another series' pilot module",
      url: (o) => `${S}/module/${o.module}/rueckmeldungen`,
      expect: EDITORS_FIND_NOTHING,
    },
    {
      method: 'POST',
      route: `${R}/module/:moduleId/anwesenheit/:userId`,
      what: "another series' participant",
      url: (o) => `${PILOT}/anwesenheit/${o.participant}`,
      form: () => ({ anwesend: 'ja' }),
      expect: EDITORS_FIND_NOTHING,
    },
    {
      method: 'POST',
      route: `${R}/module/:moduleId/anwesenheit/:userId`,
      what: "another series' module and participant",
      url: (o) => `${S}/module/${o.module}/anwesenheit/${o.participant}`,
      form: () => ({ anwesend: 'ja' }),
      expect: EDITORS_FIND_NOTHING,
    },
  ],
};
