import { randomUUID } from 'node:crypto';
import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { strategyAnswers, strategyDimensions, strategyQuestions } from '../core/tables.ts';
import { DEMO_DIMENSIONS } from '../seed-dimensions.ts';
import { demoDimensionId, demoQuestionId } from '../seed-ids.ts';

/*
 * The maturity self-assessment (issue 16). The demo's Gemeinde Süderbrarup has the matrix's
 * manager and member: only they see its workbench, only the manager may save (an unknown
 * dimension, so nothing changes: 404 after the checks). The editors' pages take ids that do
 * not exist for every change.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const STEP = '/strategie/:org/werkstatt/reifegrad';
const D = '/verwaltung/strategie/:dimensionId';
const Q = `${D}/fragen/:questionId`;
const at = (rest = '') => `/verwaltung/strategie/${NO_ID}${rest}`;
/** editors pass the guard and then find nothing */
const EDITORS_NOTHING = { ...EDITORS, editor: 404, admin: 404 } as const;

export const strategyAssessmentRoutes: MatrixRoute[] = [
  {
    method: 'GET',
    url: '/strategie/gemeinde-suederbrarup/werkstatt/reifegrad',
    route: STEP,
    expect: { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 },
  },
  {
    method: 'GET',
    url: '/strategie/gibt-es-nicht/werkstatt/reifegrad',
    route: STEP,
    expect: { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 },
  },
  {
    method: 'POST',
    url: '/strategie/gemeinde-suederbrarup/werkstatt/reifegrad/gibt-es-nicht',
    route: `${STEP}/:dimension`,
    expect: { anonymous: 303, member: 403, manager: 404, editor: 404, juror: 404, admin: 404 },
  },
  { method: 'GET', url: '/verwaltung/strategie', expect: EDITORS },
  { method: 'GET', url: '/verwaltung/strategie/neu', expect: EDITORS },
  // an empty name: editors get the form back with the error summary, nothing is stored
  { method: 'POST', url: '/verwaltung/strategie/neu', expect: { ...EDITORS, editor: 400, admin: 400 } },
  { method: 'GET', url: at(), route: D, expect: EDITORS_NOTHING },
  { method: 'GET', url: '/verwaltung/strategie/kein-id', route: D, expect: EDITORS_NOTHING },
  { method: 'POST', url: at(), route: D, expect: EDITORS_NOTHING },
  { method: 'POST', url: at('/archivieren'), route: `${D}/archivieren`, expect: EDITORS_NOTHING },
  { method: 'POST', url: at('/verschieben'), route: `${D}/verschieben`, expect: EDITORS_NOTHING },
  { method: 'GET', url: at('/fragen/neu'), route: `${D}/fragen/neu`, expect: EDITORS_NOTHING },
  { method: 'POST', url: at('/fragen/neu'), route: `${D}/fragen/neu`, expect: EDITORS_NOTHING },
  { method: 'GET', url: at(`/fragen/${NO_ID}`), route: Q, expect: EDITORS_NOTHING },
  { method: 'POST', url: at(`/fragen/${NO_ID}`), route: Q, expect: EDITORS_NOTHING },
  { method: 'POST', url: at(`/fragen/${NO_ID}/archivieren`), route: `${Q}/archivieren`, expect: EDITORS_NOTHING },
  { method: 'POST', url: at(`/fragen/${NO_ID}/verschieben`), route: `${Q}/verschieben`, expect: EDITORS_NOTHING },
];

/*
 * Real ids of another parent: the demo's first dimension under Dithmarschen's workbench, whose
 * strategy no demo account works on, and a question of the second dimension under the first.
 */
const FIRST = demoDimensionId(1);
const OTHERS_QUESTION = demoQuestionId(2, 1);
const NOBODY_SIGNED_IN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const question = (rest = '') => `/verwaltung/strategie/${FIRST}/fragen/${OTHERS_QUESTION}${rest}`;

export const strategyAssessmentForeignIds: ForeignIdMatrix<Record<string, never>> = {
  setUp: async () => ({}),
  state: (deps) => readTables(deps.db, [strategyAnswers, strategyQuestions, strategyDimensions]),
  rows: [
    {
      method: 'POST',
      route: `${STEP}/:dimension`,
      what: "a dimension under another organisation's workbench",
      url: () => `/strategie/kreis-dithmarschen/werkstatt/reifegrad/${DEMO_DIMENSIONS[0]!.slug}`,
      form: () => ({ _submission: randomUUID() }),
      expect: NOBODY_SIGNED_IN,
    },
    { method: 'GET', route: Q, what: 'a question of another dimension', url: () => question(), expect: EDITORS_NOTHING },
    {
      method: 'POST',
      route: Q,
      what: 'a question of another dimension',
      url: () => question(),
      form: () => ({ text: 'Geänderte Frage', help: '', levels: 'niedrig\nhoch', _submission: randomUUID() }),
      expect: EDITORS_NOTHING,
    },
    { method: 'POST', route: `${Q}/archivieren`, what: 'a question of another dimension', url: () => question('/archivieren'), expect: EDITORS_NOTHING },
    {
      method: 'POST',
      route: `${Q}/verschieben`,
      what: 'a question of another dimension',
      url: () => question('/verschieben'),
      form: () => ({ direction: 'hoch' }),
      expect: EDITORS_NOTHING,
    },
  ],
};
