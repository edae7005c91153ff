import { EDITORS, type MatrixRoute, SIGNED_IN } from '../../../platform/testing/authorization-matrix-types.ts';
import { type ForeignIdMatrix, readTables } from '../../../testing/foreign-id-matrix.ts';
import { EDITOR_PATH, OWNER_PATH } from '../core/paths.ts';
import { challengeCriteria, challenges } from '../core/tables.ts';
import { demoCriterionId, OPEN_CHALLENGE } from '../seed-ids.ts';
import { insertTestChallenge } from './fixtures.ts';

/*
 * The owners' pages (/call-for-solutions/meine …) and the editors' approval
 * (/verwaltung/call-for-solutions …), tried on the demo's open challenge of the Kreis
 * Schleswig-Flensburg, which manager@ manages. Rows that would change something send an empty
 * form (400, or 409 where the published challenge is no longer the owners' to change) or name a
 * criterion that does not exist (404), so that the demo stays as it is for the other rows.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const C = `${OWNER_PATH}/:id`;
const E = `${EDITOR_PATH}/:id`;
const OWN = `${OWNER_PATH}/${OPEN_CHALLENGE.id}`;
const EDIT = `${EDITOR_PATH}/${OPEN_CHALLENGE.id}`;

/** the challenge's owners (its manager, the editors and administrators) get these; anyone else signed in 404 */
const OWNERS = (manager: number, editors: number) => ({ anonymous: 303, member: 404, manager, editor: editors, juror: 404, admin: editors }) as const;
/** people who may post for a municipality (manager@, the editors) get `status`; the others are told who may (403) */
const POSTERS = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: status, juror: 403, admin: status }) as const;
const EDITORS_WITH = (status: number) => ({ ...EDITORS, editor: status, admin: status }) as const;

export const challengesAuthoringRoutes: MatrixRoute[] = [
  { method: 'GET', url: OWNER_PATH, expect: SIGNED_IN },
  { method: 'GET', url: `${OWNER_PATH}/neu`, expect: POSTERS(200) },
  { method: 'POST', url: `${OWNER_PATH}/neu`, expect: POSTERS(400) },
  { method: 'GET', url: OWN, route: C, expect: OWNERS(200, 200) },
  // published: its owners who are not editors may no longer change it
  { method: 'GET', url: `${OWN}/bearbeiten`, route: `${C}/bearbeiten`, expect: OWNERS(409, 200) },
  { method: 'POST', url: `${OWN}/bearbeiten`, route: `${C}/bearbeiten`, expect: OWNERS(409, 400) },
  // without a submission id nothing is sent
  { method: 'POST', url: `${OWN}/freigabe`, route: `${C}/freigabe`, expect: OWNERS(400, 400) },
  { method: 'GET', url: `${OWN}/kriterien`, route: `${C}/kriterien`, expect: OWNERS(200, 200) },
  { method: 'POST', url: `${OWN}/kriterien`, route: `${C}/kriterien`, expect: OWNERS(409, 400) },
  { method: 'POST', url: `${OWN}/kriterien/${NO_ID}`, route: `${C}/kriterien/:criterionId`, expect: OWNERS(404, 404) },
  { method: 'POST', url: `${OWN}/kriterien/${NO_ID}/entfernen`, route: `${C}/kriterien/:criterionId/entfernen`, expect: OWNERS(404, 404) },
  { method: 'GET', url: EDITOR_PATH, expect: EDITORS },
  { method: 'GET', url: EDIT, route: E, expect: EDITORS },
  { method: 'POST', url: `${EDIT}/freigeben`, route: `${E}/freigeben`, expect: EDITORS_WITH(400) },
  { method: 'POST', url: `${EDIT}/zurueckgeben`, route: `${E}/zurueckgeben`, expect: EDITORS_WITH(400) },
];

interface ForeignChallenge {
  id: string;
  criterionId: string;
}

/** A real criterion of another challenge under the demo's open one, and the demo's criterion under the other: 404 for everyone. */
const FOREIGN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const CRITERION_FORM = { title: 'Übernommen', description: '', weight: '5' };

export const challengesAuthoringForeignIds: ForeignIdMatrix<ForeignChallenge> = {
  async setUp(deps) {
    // a draft of an organisation nobody of the demo manages (no foreign key: the organisations' service names it)
    const other = await insertTestChallenge(deps.db, { organisationId: '00000000-0000-4000-8017-000000000999', phase: 'draft' });
    return { id: other.id, criterionId: other.criterionIds[0] };
  },
  state: (deps) => readTables(deps.db, [challenges, challengeCriteria]),
  rows: [
    {
      method: 'POST',
      route: `${C}/kriterien/:criterionId`,
      what: "another challenge's criterion",
      url: (f) => `${OWN}/kriterien/${f.criterionId}`,
      form: () => CRITERION_FORM,
      expect: FOREIGN,
    },
    {
      method: 'POST',
      route: `${C}/kriterien/:criterionId/entfernen`,
      what: "another challenge's criterion",
      url: (f) => `${OWN}/kriterien/${f.criterionId}/entfernen`,
      expect: FOREIGN,
    },
    {
      method: 'POST',
      route: `${C}/kriterien/:criterionId`,
      what: "the open challenge's criterion under another challenge",
      url: (f) => `${OWNER_PATH}/${f.id}/kriterien/${demoCriterionId(1, 1)}`,
      form: () => CRITERION_FORM,
      expect: FOREIGN,
    },
    {
      method: 'POST',
      route: `${C}/kriterien/:criterionId/entfernen`,
      what: "the open challenge's criterion under another challenge",
      url: (f) => `${OWNER_PATH}/${f.id}/kriterien/${demoCriterionId(1, 1)}/entfernen`,
      expect: FOREIGN,
    },
  ],
};
