import { createTestUser } from '../../../testing/harness.ts';
import { EDITORS, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { assignJurors, jurorAssignments } from '../../review/service.ts';
// the matrix's own check that nothing changed reads the engine's tables directly
import { reviewAssignments, reviews } from '../../review/tables.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_APPLICATIONS } from '../seed-applications.ts';

/*
 * The jury (issue 13). Editors' pages name the open demo call; jurors' pages are found only
 * through the signed-in juror's own assignment, so an unknown id is 404 for everyone signed in.
 * POSTs go with an empty form (400) or name nothing that exists (404) and change nothing.
 */
const CALL = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
const R = '/verwaltung/wettbewerb/:id';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const competitionJuryRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${CALL}/jury`, route: `${R}/jury`, expect: EDITORS },
  { method: 'POST', url: `${CALL}/jury`, route: `${R}/jury`, expect: forEditors(400) },
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}/jury`, route: `${R}/jury`, expect: forEditors(404) },
  { method: 'POST', url: `${CALL}/jury/${NO_ID}/entfernen`, route: `${R}/jury/:assignmentId/entfernen`, expect: forEditors(404) },
  { method: 'GET', url: `${CALL}/rangliste`, route: `${R}/rangliste`, expect: EDITORS },
  { method: 'GET', url: `${CALL}/rangliste?zeigen=missing`, route: `${R}/rangliste`, expect: EDITORS },
  { method: 'GET', url: `${CALL}/rangliste.csv`, route: `${R}/rangliste.csv`, expect: EDITORS },
  { method: 'GET', url: `${CALL}/rangliste.xlsx`, route: `${R}/rangliste.xlsx`, expect: EDITORS },
  { method: 'GET', url: `${CALL}/rangliste/bewertungen.csv`, route: `${R}/rangliste/bewertungen.csv`, expect: EDITORS },
  { method: 'GET', url: '/wettbewerb/jury', expect: SIGNED_IN },
  { method: 'GET', url: `/wettbewerb/jury/${NO_ID}`, route: '/wettbewerb/jury/:id', expect: NOBODY },
  { method: 'GET', url: '/wettbewerb/jury/keine-id', route: '/wettbewerb/jury/:id', expect: NOBODY },
  { method: 'POST', url: `/wettbewerb/jury/${NO_ID}`, route: '/wettbewerb/jury/:id', expect: NOBODY },
  { method: 'POST', url: `/wettbewerb/jury/${NO_ID}/konflikt`, route: '/wettbewerb/jury/:id/konflikt', expect: NOBODY },
];

interface OtherJuror {
  assignment: string;
}

/*
 * Another juror's assignment to a demo application: the demo juror (the matrix's juror) and
 * everyone else get 404 on its pages, and the 2020 call's jury page does not reach it.
 */
export const competitionJuryForeignIds: ForeignIdMatrix<OtherJuror> = {
  async setUp(deps) {
    const juror = await createTestUser(deps, { siteRole: 'juror', displayName: 'Jurorin Paula Petersen' });
    const editor = await createTestUser(deps, { siteRole: 'editor' });
    const processKey = `competition:${DEMO_CALLS.round2027}`;
    await assignJurors(deps.db, { actor: editor, processKey, subjectIds: [DEMO_APPLICATIONS.eligible], jurorIds: [juror.id] });
    const [assignment] = await jurorAssignments(deps.db, juror.id, processKey);
    return { assignment: assignment!.id };
  },
  state: (deps) => readTables(deps.db, [reviewAssignments, reviews]),
  rows: [
    { method: 'GET', route: '/wettbewerb/jury/:id', what: "another juror's assignment", url: (o) => `/wettbewerb/jury/${o.assignment}`, expect: NOBODY },
    {
      method: 'POST',
      route: '/wettbewerb/jury/:id/konflikt',
      what: "another juror's assignment",
      url: (o) => `/wettbewerb/jury/${o.assignment}/konflikt`,
      form: () => ({ conflict: 'no', note: '' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${R}/jury/:assignmentId/entfernen`,
      what: "another call's assignment",
      url: (o) => `/verwaltung/wettbewerb/${DEMO_CALLS.round2020}/jury/${o.assignment}/entfernen`,
      expect: forEditors(404),
    },
  ],
};
