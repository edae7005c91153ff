import { FILE_TYPES } from '../../../platform/files/index.ts';
import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { startSubmissionPath, SUBMISSIONS_PATH, submissionPath } from '../core/paths.ts';
import { challengeSubmissionFiles, challengeSubmissions } from '../core/tables.ts';
import { demoSubmissionId, DECIDED_CHALLENGE, JURY_CHALLENGE, OPEN_CHALLENGE } from '../seed-ids.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from './fixtures.ts';

/*
 * The submitters' routes against the demo challenges. The demo submissions belong to the
 * start-up's account, which is none of the matrix's visitors: every one of them finds nothing.
 * Rows that would change something send an empty form (400) or name no record (404).
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const START = startSubmissionPath(':slug');
const SUBMISSION = submissionPath(':id');
const DEMO_SUBMISSION = demoSubmissionId(1, 1);

const signedIn = (status: number) => ({ anonymous: 303, member: status, manager: status, editor: status, juror: status, admin: status }) as const;

export const challengesSubmissionsRoutes: MatrixRoute[] = [
  { method: 'GET', url: SUBMISSIONS_PATH, expect: signedIn(200) },
  { method: 'GET', url: startSubmissionPath(OPEN_CHALLENGE.slug), route: START, expect: signedIn(200) },
  // an empty form: the error summary, nothing stored
  { method: 'POST', url: startSubmissionPath(OPEN_CHALLENGE.slug), route: START, expect: signedIn(400) },
  // with the jury and decided: the window is shut
  { method: 'GET', url: startSubmissionPath(JURY_CHALLENGE.slug), route: START, expect: signedIn(409) },
  { method: 'POST', url: startSubmissionPath(DECIDED_CHALLENGE.slug), route: START, expect: signedIn(409) },
  { method: 'GET', url: startSubmissionPath('keine-herausforderung'), route: START, expect: signedIn(404) },
  // the start-up's demo submission: someone else's for every visitor
  { method: 'GET', url: submissionPath(DEMO_SUBMISSION), route: SUBMISSION, expect: signedIn(404) },
  { method: 'POST', url: submissionPath(DEMO_SUBMISSION), route: SUBMISSION, expect: signedIn(404) },
  { method: 'POST', url: submissionPath(DEMO_SUBMISSION, 'anhaenge'), route: submissionPath(':id', 'anhaenge'), expect: signedIn(404) },
  { method: 'GET', url: submissionPath(DEMO_SUBMISSION, `anhaenge/${NO_ID}`), route: submissionPath(':id', 'anhaenge/:fileId'), expect: signedIn(404) },
  {
    method: 'POST',
    url: submissionPath(DEMO_SUBMISSION, `anhaenge/${NO_ID}/entfernen`),
    route: submissionPath(':id', 'anhaenge/:fileId/entfernen'),
    expect: signedIn(404),
  },
  { method: 'POST', url: submissionPath(DEMO_SUBMISSION, 'einreichen'), route: submissionPath(':id', 'einreichen'), expect: signedIn(404) },
  { method: 'POST', url: submissionPath(DEMO_SUBMISSION, 'zurueckziehen'), route: submissionPath(':id', 'zurueckziehen'), expect: signedIn(404) },
  { method: 'GET', url: submissionPath(NO_ID), route: SUBMISSION, expect: signedIn(404) },
  { method: 'GET', url: submissionPath('kein-uuid'), route: SUBMISSION, expect: signedIn(404) },
];

const NOBODY_SIGNED_IN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

/**
 * A stranger's draft with an attachment, asked for under the demo submission, and the demo
 * submission's address with the stranger's attachment: the attachment is found only under its
 * own submission, and that only by its submitter.
 */
export const challengesSubmissionsForeignIds: ForeignIdMatrix<{ submissionId: string; attachmentId: string }> = {
  async setUp(deps) {
    const { organisationId } = await insertTestOrganisationWithManager(deps);
    const challenge = await insertTestChallenge(deps.db, { organisationId });
    const stranger = await createTestUser(deps);
    const submissionId = await insertTestSubmission(deps.db, { challengeId: challenge.id, submitterId: stranger.id, status: 'draft' });
    const file = await deps.files.put(Buffer.from('%PDF-1.4\n% Konzept\ntrailer << >>\n%%EOF\n'), {
      originalName: 'konzept.pdf',
      createdBy: stranger.id,
      allowedTypes: [FILE_TYPES.pdf],
      maxBytes: 1024 * 1024,
    });
    const [attachment] = await deps.db.insert(challengeSubmissionFiles).values({ submissionId, fileId: file.id, title: 'Konzept' }).returning();
    return { submissionId, attachmentId: attachment!.id };
  },
  state: (deps) => readTables(deps.db, [challengeSubmissions, challengeSubmissionFiles]),
  rows: [
    {
      method: 'GET',
      route: submissionPath(':id', 'anhaenge/:fileId'),
      what: 'a stranger’s attachment under the demo submission',
      url: (ids) => submissionPath(DEMO_SUBMISSION, `anhaenge/${ids.attachmentId}`),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: submissionPath(':id', 'anhaenge/:fileId/entfernen'),
      what: 'a stranger’s attachment under the demo submission',
      url: (ids) => submissionPath(DEMO_SUBMISSION, `anhaenge/${ids.attachmentId}/entfernen`),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'GET',
      route: submissionPath(':id', 'anhaenge/:fileId'),
      what: 'a stranger’s attachment under its own submission',
      url: (ids) => submissionPath(ids.submissionId, `anhaenge/${ids.attachmentId}`),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: submissionPath(':id', 'anhaenge/:fileId/entfernen'),
      what: 'a stranger’s attachment under its own submission',
      url: (ids) => submissionPath(ids.submissionId, `anhaenge/${ids.attachmentId}/entfernen`),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: submissionPath(':id'),
      what: 'a stranger’s draft',
      url: (ids) => submissionPath(ids.submissionId),
      form: () => ({ title: 'Übernommen', summary: '', description: '', team: '', references: '', costs: '' }),
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: submissionPath(':id', 'zurueckziehen'),
      what: 'a stranger’s draft',
      url: (ids) => submissionPath(ids.submissionId, 'zurueckziehen'),
      expect: NOBODY_SIGNED_IN,
    },
  ],
};
