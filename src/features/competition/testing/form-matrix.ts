import type { FormFields } from '../../../platform/testing/client.ts';
import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix, type ForeignIdRow } from '../../../testing/foreign-id-matrix.ts';
import { competitionCriteria, competitionFormSections, competitionQuestions } from '../core/form-tables.ts';
import { insertCriterion, insertFormSection, insertQuestion } from '../core/form-repository.ts';
import { insertCall } from '../core/repository.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_FORM } from '../seed-form.ts';

/*
 * The builder of a call's application form and criteria (issue 13): the editors' pages name the
 * open demo call and its form by their fixed ids (seed.ts, seed-form.ts). POSTs are sent with
 * an empty form and fail validation (400); deleting and moving name an entry that does not
 * exist (404), so the matrix changes nothing.
 */
const EDIT = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
const R = '/verwaltung/wettbewerb/:id';
const S = '/verwaltung/wettbewerb/abschnitte/:id/fragen';
const QUESTIONS = `/verwaltung/wettbewerb/abschnitte/${DEMO_FORM.sections.situation}/fragen`;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

/** A list's page, its add form, an entry's page and form, and deleting and moving an entry that is not there. */
function listRows(url: string, route: string, entry: string): MatrixRoute[] {
  return [
    { method: 'GET', url, route, expect: EDITORS },
    { method: 'POST', url, route, expect: forEditors(400) },
    { method: 'GET', url: `${url}/${entry}`, route: `${route}/:entryId`, expect: EDITORS },
    { method: 'POST', url: `${url}/${entry}`, route: `${route}/:entryId`, expect: forEditors(400) },
    { method: 'GET', url: `${url}/${NO_ID}`, route: `${route}/:entryId`, expect: forEditors(404) },
    { method: 'POST', url: `${url}/${NO_ID}/loeschen`, route: `${route}/:entryId/loeschen`, expect: forEditors(404) },
    { method: 'POST', url: `${url}/${NO_ID}/verschieben`, route: `${route}/:entryId/verschieben`, expect: forEditors(404) },
  ];
}

export const competitionFormRoutes: MatrixRoute[] = [
  ...listRows(`${EDIT}/formular`, `${R}/formular`, DEMO_FORM.sections.situation),
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}/formular`, route: `${R}/formular`, expect: forEditors(404) },
  { method: 'GET', url: '/verwaltung/wettbewerb/kein-id/formular', route: `${R}/formular`, expect: forEditors(404) },
  ...listRows(QUESTIONS, S, DEMO_FORM.questions.challenge),
  { method: 'GET', url: `/verwaltung/wettbewerb/abschnitte/${NO_ID}/fragen`, route: S, expect: forEditors(404) },
  { method: 'GET', url: '/verwaltung/wettbewerb/abschnitte/kein-id/fragen', route: S, expect: forEditors(404) },
  { method: 'POST', url: `/verwaltung/wettbewerb/abschnitte/${NO_ID}/fragen`, route: S, expect: forEditors(404) },
  ...listRows(`${EDIT}/kriterien`, `${R}/kriterien`, DEMO_FORM.criteria.services),
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}/kriterien`, route: `${R}/kriterien`, expect: forEditors(404) },
];

interface OtherCall {
  id: string;
  section: string;
  question: string;
  criterion: string;
}

const EDITORS_404 = forEditors(404);

/** An entry of the other call's lists on the demo call's (or demo section's) address: its page, saving, moving, deleting. */
function entryRows(url: string, route: string, what: string, entry: (o: OtherCall) => string, form: FormFields): ForeignIdRow<OtherCall>[] {
  const at = (o: OtherCall) => `${url}/${entry(o)}`;
  return [
    { method: 'GET', route: `${route}/:entryId`, what, url: at, expect: EDITORS_404 },
    { method: 'POST', route: `${route}/:entryId`, what, url: at, form: () => form, expect: EDITORS_404 },
    {
      method: 'POST',
      route: `${route}/:entryId/verschieben`,
      what,
      url: (o) => `${at(o)}/verschieben`,
      form: () => ({ direction: 'runter' }),
      expect: EDITORS_404,
    },
    { method: 'POST', route: `${route}/:entryId/loeschen`, what, url: (o) => `${at(o)}/loeschen`, expect: EDITORS_404 },
  ];
}

/*
 * A second call with a section, a question and a criterion. Their real ids are put into the open
 * demo call's addresses (and the demo section's): every address must find the entry under its
 * own call or section, or answer 404 and change nothing.
 */
export const competitionFormForeignIds: ForeignIdMatrix<OtherCall> = {
  async setUp(deps) {
    const call = await insertCall(deps.db, {
      slug: 'digitale-doerfer-nachbarland',
      title: 'Digitale Dörfer im Nachbarland',
      summary: 'Ein zweiter Aufruf, dessen Formular nicht unter dem Demo-Aufruf erreichbar sein darf.',
      description: 'Gefördert werden digitale Dorfprojekte.',
      eligibleTypes: ['gemeinde'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: true,
      opensAt: new Date('2026-11-01T08:00:00Z'),
      closesAt: new Date('2099-03-31T21:59:00Z'),
      maxAmountCents: 5_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-06-30',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    const section = await insertFormSection(deps.db, { callId: call.id, position: 1, title: 'Das Dorf', intro: '' });
    const question = await insertQuestion(deps.db, {
      sectionId: section.id,
      position: 1,
      kind: 'text',
      label: 'Wie heißt das Dorf?',
      help: '',
      required: true,
    });
    const criterion = await insertCriterion(deps.db, { callId: call.id, position: 1, title: 'Dorfleben', description: '', weight: 10 });
    return { id: call.id, section: section.id, question: question.id, criterion: criterion.id };
  },
  state: (deps) => readTables(deps.db, [competitionFormSections, competitionQuestions, competitionCriteria]),
  rows: [
    ...entryRows(`${EDIT}/formular`, `${R}/formular`, "another call's section", (o) => o.section, { title: 'Übernommen?', intro: '' }),
    ...entryRows(QUESTIONS, S, "another section's question", (o) => o.question, { kind: 'text', label: 'Übernommen?', help: '', maxLength: '', options: '' }),
    ...entryRows(`${EDIT}/kriterien`, `${R}/kriterien`, "another call's criterion", (o) => o.criterion, {
      title: 'Übernommen?',
      description: '',
      weight: '10',
    }),
  ],
};
