import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { PUBLIC } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { challengeQuestions, challenges, challengeSubmissions } from '../core/tables.ts';
import { DECIDED_CHALLENGE, demoQuestionId, demoSubmissionId, OPEN_CHALLENGE } from '../seed-ids.ts';
import { insertTestChallenge, insertTestOrganisationWithManager } from './fixtures.ts';

/*
 * The Q&A and the winner's solution profile, against the demo content: the open challenge of
 * manager@'s Kreis (editors and administrators own every challenge), the decided one. Rows that
 * would change something send an empty form (400) or hit a window that is closed (409).
 */
const Q = '/call-for-solutions/:slug/fragen';
const A = '/call-for-solutions/:slug/fragen/:questionId/antwort';
const T = '/call-for-solutions/einreichungen/:id/loesung';
const NO_ID = '00000000-0000-4000-8000-000000000000';

const signedIn = (status: number) => ({ anonymous: 303, member: status, manager: status, editor: status, juror: status, admin: status }) as const;
/** the owners of the open challenge: manager@ of its organisation, the editors and the administrators */
const OWNERS = (status: number) => ({ anonymous: 303, member: 404, manager: status, editor: status, juror: 404, admin: status }) as const;
const NOBODY = signedIn(404);

export const challengesQuestionsRoutes: MatrixRoute[] = [
  { method: 'GET', url: `/call-for-solutions/${OPEN_CHALLENGE.slug}/fragen`, route: Q, expect: PUBLIC },
  { method: 'GET', url: `/call-for-solutions/${DECIDED_CHALLENGE.slug}/fragen`, route: Q, expect: PUBLIC },
  { method: 'GET', url: '/call-for-solutions/keine-solche-herausforderung/fragen', route: Q, expect: { ...NOBODY, anonymous: 404 } },
  { method: 'POST', url: `/call-for-solutions/${OPEN_CHALLENGE.slug}/fragen`, route: Q, expect: signedIn(400) },
  // the Q&A date of a decided challenge has passed: 409 before the form is read
  { method: 'POST', url: `/call-for-solutions/${DECIDED_CHALLENGE.slug}/fragen`, route: Q, expect: signedIn(409) },
  { method: 'POST', url: `/call-for-solutions/${OPEN_CHALLENGE.slug}/fragen/${demoQuestionId(1, 1)}/antwort`, route: A, expect: OWNERS(400) },
  { method: 'POST', url: `/call-for-solutions/${OPEN_CHALLENGE.slug}/fragen/${NO_ID}/antwort`, route: A, expect: NOBODY },
  // the decided challenge's winner belongs to the demo start-up, none of the matrix's visitors
  { method: 'GET', url: `/call-for-solutions/einreichungen/${demoSubmissionId(3, 1)}/loesung`, route: T, expect: NOBODY },
  { method: 'POST', url: `/call-for-solutions/einreichungen/${demoSubmissionId(3, 1)}/loesung`, route: T, expect: NOBODY },
  { method: 'GET', url: `/call-for-solutions/einreichungen/${NO_ID}/loesung`, route: T, expect: NOBODY },
];

/**
 * A question of another challenge answered under the demo open challenge (whose owners include
 * manager@ and the editors), and the demo question under the other challenge: never found.
 */
export const challengesQuestionsForeignIds: ForeignIdMatrix<{ slug: string; questionId: string }> = {
  async setUp(deps) {
    const { organisationId } = await insertTestOrganisationWithManager(deps);
    const { id, slug } = await insertTestChallenge(deps.db, { organisationId });
    const [question] = await deps.db.insert(challengeQuestions).values({ challengeId: id, question: 'Gibt es eine Schnittstelle?' }).returning();
    return { slug, questionId: question!.id };
  },
  state: (deps) => readTables(deps.db, [challenges, challengeQuestions, challengeSubmissions]),
  rows: [
    {
      method: 'POST',
      route: A,
      what: 'another challenge’s question under the demo open challenge',
      url: (ids) => `/call-for-solutions/${OPEN_CHALLENGE.slug}/fragen/${ids.questionId}/antwort`,
      form: () => ({ answer: 'Ja, eine REST-Schnittstelle.' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: A,
      what: 'the demo question under another challenge',
      url: (ids) => `/call-for-solutions/${ids.slug}/fragen/${demoQuestionId(1, 1)}/antwort`,
      form: () => ({ answer: 'Ja, eine REST-Schnittstelle.' }),
      expect: NOBODY,
    },
  ],
};
