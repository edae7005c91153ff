import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { competitionApplications, competitionCalls, competitionProjects } from '../core/tables.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_APPLICATIONS } from '../seed-applications.ts';

/*
 * The decisions (issue 13): editors only. The open demo call cannot be released before its
 * deadline (409), an empty decision form is refused (400), and an application of another call
 * is not found through this call (404), so nothing changes.
 */
const CALL = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
const R = '/verwaltung/wettbewerb/:id/entscheidungen';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

export const competitionDecisionRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${CALL}/entscheidungen`, route: R, expect: EDITORS },
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}/entscheidungen`, route: R, expect: forEditors(404) },
  { method: 'POST', url: `${CALL}/entscheidungen/freigeben`, route: `${R}/freigeben`, expect: forEditors(409) },
  { method: 'POST', url: `/verwaltung/wettbewerb/${NO_ID}/entscheidungen/freigeben`, route: `${R}/freigeben`, expect: forEditors(404) },
  { method: 'GET', url: `${CALL}/entscheidungen/${DEMO_APPLICATIONS.eligible}`, route: `${R}/:applicationId`, expect: EDITORS },
  { method: 'GET', url: `${CALL}/entscheidungen/${DEMO_APPLICATIONS.draft}`, route: `${R}/:applicationId`, expect: forEditors(404) },
  { method: 'POST', url: `${CALL}/entscheidungen/${DEMO_APPLICATIONS.eligible}`, route: `${R}/:applicationId`, expect: forEditors(400) },
  { method: 'POST', url: `${CALL}/entscheidungen/${NO_ID}`, route: `${R}/:applicationId`, expect: forEditors(404) },
];

/*
 * An application of the open demo call, decided already, through the first round's call: the
 * address mixes two calls and is not found for anyone, with a valid decision in the form.
 */
export const competitionDecisionForeignIds: ForeignIdMatrix<{ application: string }> = {
  async setUp() {
    return { application: DEMO_APPLICATIONS.awarded };
  },
  state: (deps) => readTables(deps.db, [competitionApplications, competitionCalls, competitionProjects]),
  rows: [
    {
      method: 'GET',
      route: `${R}/:applicationId`,
      what: "another call's application",
      url: (ids) => `/verwaltung/wettbewerb/${DEMO_CALLS.round2020}/entscheidungen/${ids.application}`,
      expect: forEditors(404),
    },
    {
      method: 'POST',
      route: `${R}/:applicationId`,
      what: "another call's application",
      url: (ids) => `/verwaltung/wettbewerb/${DEMO_CALLS.round2020}/entscheidungen/${ids.application}`,
      form: () => ({ outcome: 'rejected', amount: '', reason: 'Nicht im Sinne des Aufrufs.' }),
      expect: forEditors(404),
    },
  ],
};
