import { EDITORS, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { assignJurors, jurorAssignments } from '../../review/service.ts';
// the matrix's own check that nothing changed reads the engine's tables directly
import { reviewAssignments, reviews } from '../../review/tables.ts';
import { EDITOR_PATH, JURY_PATH } from '../core/paths.ts';
import { processKey } from '../core/process.ts';
import { challenges, challengeSubmissionFiles, challengeSubmissions } from '../core/tables.ts';
import { JURY_CHALLENGE } from '../seed-ids.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from './fixtures.ts';
import { insertTestAttachment } from './jury-fixtures.ts';

/*
 * The jury of the Call for Solutions. Editors' pages name the demo challenge with the jury;
 * jurors' pages are found only through the signed-in juror's own assignment, so an unknown id
 * is 404 for everyone signed in. POSTs go with an empty form (400: no submission id, or nothing
 * chosen) or name nothing that exists (404) and change nothing.
 */
const C = `${EDITOR_PATH}/${JURY_CHALLENGE.id}`;
const R = `${EDITOR_PATH}/:id`;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const challengesJuryRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${C}/jury`, route: `${R}/jury`, expect: EDITORS },
  { method: 'GET', url: `${EDITOR_PATH}/${NO_ID}/jury`, route: `${R}/jury`, expect: forEditors(404) },
  { method: 'POST', url: `${C}/jury`, route: `${R}/jury`, expect: forEditors(400) },
  { method: 'POST', url: `${C}/jury/${NO_ID}/entfernen`, route: `${R}/jury/:assignmentId/entfernen`, expect: forEditors(404) },
  { method: 'GET', url: `${C}/rangliste`, route: `${R}/rangliste`, expect: EDITORS },
  { method: 'GET', url: `${C}/rangliste/${NO_ID}`, route: `${R}/rangliste/:submissionId`, expect: forEditors(404) },
  { method: 'GET', url: `${C}/rangliste/${NO_ID}/anhaenge/${NO_ID}`, route: `${R}/rangliste/:submissionId/anhaenge/:fileId`, expect: forEditors(404) },
  { method: 'GET', url: `${C}/gewinner`, route: `${R}/gewinner`, expect: EDITORS },
  // an empty form chooses no winner: the demo jury challenge has none, so saving it changes nothing
  { method: 'POST', url: `${C}/gewinner`, route: `${R}/gewinner`, expect: forEditors(303) },
  { method: 'POST', url: `${EDITOR_PATH}/${NO_ID}/gewinner`, route: `${R}/gewinner`, expect: forEditors(404) },
  { method: 'POST', url: `${C}/gewinner/veroeffentlichen`, route: `${R}/gewinner/veroeffentlichen`, expect: forEditors(400) },
  { method: 'POST', url: `${EDITOR_PATH}/${NO_ID}/gewinner/veroeffentlichen`, route: `${R}/gewinner/veroeffentlichen`, expect: forEditors(404) },
  { method: 'GET', url: JURY_PATH, expect: SIGNED_IN },
  { method: 'GET', url: `${JURY_PATH}/${NO_ID}`, route: `${JURY_PATH}/:id`, expect: NOBODY },
  { method: 'GET', url: `${JURY_PATH}/keine-id`, route: `${JURY_PATH}/:id`, expect: NOBODY },
  { method: 'POST', url: `${JURY_PATH}/${NO_ID}`, route: `${JURY_PATH}/:id`, expect: NOBODY },
  { method: 'POST', url: `${JURY_PATH}/${NO_ID}/konflikt`, route: `${JURY_PATH}/:id/konflikt`, expect: NOBODY },
  { method: 'GET', url: `${JURY_PATH}/${NO_ID}/anhaenge/${NO_ID}`, route: `${JURY_PATH}/:id/anhaenge/:fileId`, expect: NOBODY },
];

interface OtherChallenge {
  /** a submitted submission of another challenge in its jury phase, with an attachment */
  submission: string;
  attachment: string;
  /** another juror's assignment to it */
  assignment: string;
}

/*
 * Another challenge's submission, attachment and juror's assignment: the demo challenge's
 * editors' pages do not reach them, and the matrix's juror (and everyone else) gets 404 on the
 * other juror's pages.
 */
export const challengesJuryForeignIds: ForeignIdMatrix<OtherChallenge> = {
  async setUp(deps) {
    const owner = await insertTestOrganisationWithManager(deps, { name: 'Gemeinde Fremdkoog' });
    const challenge = await insertTestChallenge(deps.db, { organisationId: owner.organisationId, phase: 'jury', title: 'Fremde Herausforderung' });
    const submitter = await createTestUser(deps, { displayName: 'Frieda Fremd' });
    const submission = await insertTestSubmission(deps.db, { challengeId: challenge.id, submitterId: submitter.id });
    const attachment = await insertTestAttachment(deps, { submissionId: submission });
    const juror = await createTestUser(deps, { siteRole: 'juror', displayName: 'Jurorin Hanna Hansen' });
    const editor = await createTestUser(deps, { siteRole: 'editor' });
    const key = processKey(challenge.id);
    await assignJurors(deps.db, { actor: editor, processKey: key, subjectIds: [submission], jurorIds: [juror.id] });
    const [assignment] = await jurorAssignments(deps.db, juror.id, key);
    return { submission, attachment, assignment: assignment!.id };
  },
  state: (deps) => readTables(deps.db, [reviewAssignments, reviews, challenges, challengeSubmissions, challengeSubmissionFiles]),
  rows: [
    { method: 'GET', route: `${JURY_PATH}/:id`, what: "another juror's assignment", url: (o) => `${JURY_PATH}/${o.assignment}`, expect: NOBODY },
    {
      method: 'POST',
      route: `${JURY_PATH}/:id/konflikt`,
      what: "another juror's assignment",
      url: (o) => `${JURY_PATH}/${o.assignment}/konflikt`,
      form: () => ({ conflict: 'no', note: '' }),
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${JURY_PATH}/:id/anhaenge/:fileId`,
      what: "another juror's assignment and its submission's file",
      url: (o) => `${JURY_PATH}/${o.assignment}/anhaenge/${o.attachment}`,
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${R}/jury/:assignmentId/entfernen`,
      what: "another challenge's assignment",
      url: (o) => `${C}/jury/${o.assignment}/entfernen`,
      expect: forEditors(404),
    },
    {
      method: 'POST',
      route: `${R}/jury`,
      what: "another challenge's submission",
      url: () => `${C}/jury`,
      form: (o) => ({ submissionIds: [o.submission], jurorIds: [NO_ID] }),
      expect: forEditors(400),
    },
    {
      method: 'GET',
      route: `${R}/rangliste/:submissionId`,
      what: "another challenge's submission",
      url: (o) => `${C}/rangliste/${o.submission}`,
      expect: forEditors(404),
    },
    {
      method: 'GET',
      route: `${R}/rangliste/:submissionId/anhaenge/:fileId`,
      what: "another challenge's submission and its file",
      url: (o) => `${C}/rangliste/${o.submission}/anhaenge/${o.attachment}`,
      expect: forEditors(404),
    },
    {
      method: 'POST',
      route: `${R}/gewinner`,
      what: "another challenge's submission",
      url: () => `${C}/gewinner`,
      form: (o) => ({ [`winner-${o.submission}`]: '1' }),
      expect: forEditors(400),
    },
  ],
};
