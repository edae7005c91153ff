import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoContent } from '../runtime.ts';
import { MATRIX_ROLES, type MatrixRole, type MatrixRoute } from '../platform/testing/authorization-matrix-types.ts';
import { TestClient } from '../platform/testing/client.ts';
import { describeForeignIds } from '../testing/foreign-id-matrix.ts';
import { backends, createTestRuntime, type TestRuntime } from '../testing/harness.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts/seed.ts';
import { accountRoutes } from './accounts/testing/authorization-matrix.ts';
import { adminRoutes } from './admin/testing/authorization-matrix.ts';
import { adminForeignIds } from './admin/testing/authorization-matrix-foreign-ids.ts';
import { challengesAuthoringForeignIds, challengesAuthoringRoutes } from './challenges/testing/authoring-matrix.ts';
import { challengesCatalogueRoutes } from './challenges/testing/catalogue-matrix.ts';
import { challengesQuestionsForeignIds, challengesQuestionsRoutes } from './challenges/testing/questions-matrix.ts';
import { challengesSubmissionsForeignIds, challengesSubmissionsRoutes } from './challenges/testing/submissions-matrix.ts';
import { challengesJuryForeignIds, challengesJuryRoutes } from './challenges/testing/jury-matrix.ts';
import { competitionApplicationForeignIds, competitionApplicationRoutes } from './competition/testing/application-matrix.ts';
import { competitionRoutes } from './competition/testing/authorization-matrix.ts';
import { competitionDecisionForeignIds, competitionDecisionRoutes } from './competition/testing/decisions-matrix.ts';
import { competitionDocumentForeignIds, competitionDocumentRoutes } from './competition/testing/documents-matrix.ts';
import { competitionFormForeignIds, competitionFormRoutes } from './competition/testing/form-matrix.ts';
import { competitionJuryForeignIds, competitionJuryRoutes } from './competition/testing/jury-matrix.ts';
import { competitionProjectReportForeignIds, competitionProjectReportRoutes } from './competition/testing/project-reports-matrix.ts';
import { competitionProjectWorkspaceForeignIds, competitionProjectWorkspaceRoutes } from './competition/testing/project-workspace-matrix.ts';
import { designRoutes } from './design/testing/authorization-matrix.ts';
import { programmeRoutes } from './programme/testing/authorization-matrix.ts';
import { integrationRoutes } from './integrations/testing/authorization-matrix.ts';
import { openDataRoutes } from './open-data/testing/authorization-matrix.ts';
import { eventRoutes } from './events/testing/authorization-matrix.ts';
import { eventForeignIds } from './events/testing/authorization-matrix-foreign-ids.ts';
import { knowledgeRoutes } from './knowledge/testing/authorization-matrix.ts';
import { knowledgeForeignIds } from './knowledge/testing/authorization-matrix-foreign-ids.ts';
import { eventOperationRoutes } from './events/testing/operations-authorization-matrix.ts';
import { registrationRoutes } from './events/testing/registration-authorization-matrix.ts';
import { networkEntryRoutes } from './network/testing/entry-matrix.ts';
import { networkDirectoryForeignIds, networkDirectoryRoutes } from './network/testing/directory-matrix.ts';
import { networkDiscussionsForeignIds, networkDiscussionsRoutes } from './network/testing/discussions-matrix.ts';
import { networkGroupsForeignIds, networkGroupsRoutes } from './network/testing/groups-matrix.ts';
import { networkNotificationsRoutes } from './network/testing/notifications-matrix.ts';
import { networkShelfForeignIds, networkShelfRoutes } from './network/testing/shelf-matrix.ts';
import { newsletterRoutes } from './newsletter/testing/authorization-matrix.ts';
import { strategyAssessmentForeignIds, strategyAssessmentRoutes } from './strategy/testing/assessment-matrix.ts';
import { strategyPlanForeignIds, strategyPlanRoutes } from './strategy/testing/plan-matrix.ts';
import { strategyMeasuresForeignIds, strategyMeasuresRoutes } from './strategy/testing/measures-matrix.ts';
import { strategyPublishingRoutes } from './strategy/testing/publishing-matrix.ts';
import { organisationRoutes } from './organisations/testing/authorization-matrix.ts';
import { organisationForeignIds } from './organisations/testing/authorization-matrix-foreign-ids.ts';
import { pageRoutes } from './pages/testing/authorization-matrix.ts';
import { searchPageRoutes } from './search/testing/authorization-matrix.ts';
import { seminarsEditorForeignIds, seminarsEditorRoutes } from './seminars/testing/editor-matrix.ts';
import { seminarsCatalogueForeignIds, seminarsCatalogueRoutes } from './seminars/testing/catalogue-matrix.ts';
import { seminarsRegistrationForeignIds, seminarsRegistrationRoutes } from './seminars/testing/registration-matrix.ts';
import { seminarsOperationsForeignIds, seminarsOperationsRoutes } from './seminars/testing/operations-matrix.ts';
import { solutionProfileForeignIds, solutionProfileRoutes } from './solutions/testing/profiles-matrix.ts';
import { solutionAdoptionForeignIds, solutionAdoptionRoutes } from './solutions/testing/adoptions-matrix.ts';
import { solutionLibraryForeignIds, solutionLibraryRoutes } from './solutions/testing/library-matrix.ts';
import { solutionPubliccodeForeignIds, solutionPubliccodeRoutes } from './solutions/testing/publiccode-matrix.ts';
import { ssoRoutes } from './sso/testing/authorization-matrix.ts';
import { apiRoutes } from './api/testing/authorization-matrix.ts';

/** Every feature adds its rows here; the last test proves no route is left out. */
const MATRIX: MatrixRoute[] = [
  ...pageRoutes,
  ...accountRoutes,
  ...adminRoutes,
  ...designRoutes,
  ...programmeRoutes,
  ...integrationRoutes,
  ...openDataRoutes,
  ...organisationRoutes,
  ...eventRoutes,
  ...registrationRoutes,
  ...eventOperationRoutes,
  ...searchPageRoutes,
  ...knowledgeRoutes,
  ...competitionRoutes,
  ...competitionFormRoutes,
  ...competitionApplicationRoutes,
  ...competitionJuryRoutes,
  ...competitionDecisionRoutes,
  ...competitionProjectReportRoutes,
  ...competitionProjectWorkspaceRoutes,
  ...competitionDocumentRoutes,
  ...solutionAdoptionRoutes,
  ...solutionLibraryRoutes,
  ...solutionProfileRoutes,
  ...solutionPubliccodeRoutes,
  ...networkEntryRoutes,
  ...networkDirectoryRoutes,
  ...networkGroupsRoutes,
  ...networkDiscussionsRoutes,
  ...networkNotificationsRoutes,
  ...networkShelfRoutes,
  ...strategyAssessmentRoutes,
  ...strategyPlanRoutes,
  ...strategyMeasuresRoutes,
  ...strategyPublishingRoutes,
  ...seminarsEditorRoutes,
  ...seminarsCatalogueRoutes,
  ...seminarsRegistrationRoutes,
  ...seminarsOperationsRoutes,
  ...challengesAuthoringRoutes,
  ...challengesCatalogueRoutes,
  ...challengesQuestionsRoutes,
  ...challengesSubmissionsRoutes,
  ...challengesJuryRoutes,
  ...ssoRoutes,
  ...newsletterRoutes,
  ...apiRoutes,
];

/**
 * The same with real ids of someone else's records (another organisation, event, person);
 * the matrix above names records that do not exist where a change would be possible.
 */
const FOREIGN_ID_ROUTES = [
  ...organisationForeignIds.rows,
  ...adminForeignIds.rows,
  ...eventForeignIds.rows,
  ...knowledgeForeignIds.rows,
  ...competitionFormForeignIds.rows,
  ...competitionApplicationForeignIds.rows,
  ...competitionJuryForeignIds.rows,
  ...competitionProjectReportForeignIds.rows,
  ...competitionDecisionForeignIds.rows,
  ...competitionProjectWorkspaceForeignIds.rows,
  ...competitionDocumentForeignIds.rows,
  ...solutionAdoptionForeignIds.rows,
  ...solutionLibraryForeignIds.rows,
  ...solutionProfileForeignIds.rows,
  ...solutionPubliccodeForeignIds.rows,
  ...networkDirectoryForeignIds.rows,
  ...networkShelfForeignIds.rows,
  ...networkDiscussionsForeignIds.rows,
  ...networkGroupsForeignIds.rows,
  ...strategyAssessmentForeignIds.rows,
  ...strategyMeasuresForeignIds.rows,
  ...strategyPlanForeignIds.rows,
  ...seminarsCatalogueForeignIds.rows,
  ...seminarsOperationsForeignIds.rows,
  ...seminarsEditorForeignIds.rows,
  ...seminarsRegistrationForeignIds.rows,
  ...challengesAuthoringForeignIds.rows,
  ...challengesQuestionsForeignIds.rows,
  ...challengesSubmissionsForeignIds.rows,
  ...challengesJuryForeignIds.rows,
].map((r) => `${r.method} ${r.route}`);

// Routes every visitor may use and that carry no data of their own.
const INFRASTRUCTURE = new Set([
  'GET /healthz',
  'GET /livez',
  'GET /readyz',
  // no session and no role: METRICS_ALLOW or METRICS_TOKEN decide (src/platform/metrics/metrics.test.ts)
  'GET /metrics',
  'GET /.well-known/security.txt',
  'GET /sprache/:locale',
  'GET /static/*',
  'HEAD /static/*',
  'GET /static/build/*',
  'HEAD /static/build/*',
  'POST /abmelden',
  'GET /thema.css',
  'HEAD /thema.css',
  // the read API's CORS preflight: headers only, for every visitor (src/features/api/api.test.ts)
  'OPTIONS /api/v1/*',
]);

const LOGIN: Record<Exclude<MatrixRole, 'anonymous'>, string> = {
  member: 'mitglied@demo.digitale-kommune.de',
  manager: 'manager@demo.digitale-kommune.de',
  editor: 'redaktion@demo.digitale-kommune.de',
  juror: 'jury@demo.digitale-kommune.de',
  admin: 'admin@demo.digitale-kommune.de',
};

/*
 * Who may reach what is decided by the routes' guards and the features' ownership checks, which
 * are the same whatever database lies beneath; every feature's own tests run its queries on both
 * backends. The matrix therefore runs once, on the production database where there is one: it
 * seeds the whole demo and tries some thousand requests, the longest test of the suite.
 */
const backend = backends.includes('postgres') ? 'postgres' : 'pglite';

describe(`authorization matrix [${backend}]`, () => {
  let rt: TestRuntime;
  const clients = new Map<MatrixRole, TestClient>();

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoContent(rt.deps);
    assert.ok(DEMO_ACCOUNTS.length >= 5);
    for (const role of MATRIX_ROLES) {
      const client = new TestClient(rt.app);
      if (role !== 'anonymous') {
        const res = await client.login(LOGIN[role], DEMO_PASSWORD);
        assert.equal(res.statusCode, 303, `demo login of ${role}`);
      }
      clients.set(role, client);
    }
  });
  after(async () => {
    await rt.close();
  });

  for (const row of MATRIX) {
    it(`${row.method} ${row.url}`, async () => {
      const actual: Partial<Record<MatrixRole, number>> = {};
      for (const role of MATRIX_ROLES) {
        const client = clients.get(role)!;
        const res = row.method === 'GET' ? await client.get(row.url) : await client.postForm(row.url, {}, { csrfFrom: '/passwort-vergessen' });
        actual[role] = res.statusCode;
      }
      assert.deepEqual(actual, row.expect);
    });
  }

  it('covers every route of the app', () => {
    const covered = new Set(MATRIX.map((r) => `${r.method} ${r.route ?? r.url.split('?')[0]}`));
    const missing = rt.app.registeredRoutes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !covered.has(key) && !INFRASTRUCTURE.has(key) && !key.startsWith('HEAD '));
    assert.deepEqual([...new Set(missing)], [], 'routes without a row in the authorization matrix');
  });

  // A child's id under another parent (another event's date, another organisation's member) is the
  // mix-up an ownership check exists for, so every nested address is tried with real ids.
  it('tries every address with two parameters with real ids of another parent', () => {
    const covered = new Set(FOREIGN_ID_ROUTES);
    const missing = rt.app.registeredRoutes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => (key.match(/:\w+/g) ?? []).length >= 2 && !covered.has(key) && !key.startsWith('HEAD '));
    assert.deepEqual([...new Set(missing)], [], "nested routes without a row in a feature's authorization-matrix-foreign-ids.ts");
  });

  const visitors = () => ({ deps: rt.deps, clients });
  describeForeignIds('another organisation', organisationForeignIds, visitors);
  describeForeignIds('another person and organisation in the administration', adminForeignIds, visitors);
  describeForeignIds('another event', eventForeignIds, visitors);
  describeForeignIds('the draft in knowledge', knowledgeForeignIds, visitors);
  describeForeignIds('another call of the competition', competitionFormForeignIds, visitors);
  describeForeignIds('another application in the competition', competitionApplicationForeignIds, visitors);
  describeForeignIds("another juror's assignment", competitionJuryForeignIds, visitors);
  describeForeignIds("another organisation's project reports", competitionProjectReportForeignIds, visitors);
  describeForeignIds("another organisation's funded project", competitionProjectWorkspaceForeignIds, visitors);
  describeForeignIds("another call's decision", competitionDecisionForeignIds, visitors);
  describeForeignIds("another call's documents", competitionDocumentForeignIds, visitors);
  describeForeignIds("another organisation's solution", solutionProfileForeignIds, visitors);
  describeForeignIds("another organisation's adoptions of solutions", solutionAdoptionForeignIds, visitors);
  describeForeignIds("another solution's documents and a draft's", solutionLibraryForeignIds, visitors);
  describeForeignIds('software solutions not yet published', solutionPubliccodeForeignIds, visitors);
  describeForeignIds("another group's files and events", networkShelfForeignIds, visitors);
  describeForeignIds("another group's discussions, posts and reports", networkDiscussionsForeignIds, visitors);
  describeForeignIds("another group's requests, invitations and members", networkGroupsForeignIds, visitors);
  describeForeignIds("another organisation's maturity check and another dimension's questions", strategyAssessmentForeignIds, visitors);
  describeForeignIds('people in the network who are not listed, and their pictures', networkDirectoryForeignIds, visitors);
  describeForeignIds("another organisation's measures of its strategy", strategyMeasuresForeignIds, visitors);
  describeForeignIds("another organisation's goals, actors, formats and comments of its strategy", strategyPlanForeignIds, visitors);
  describeForeignIds('another seminar series’ material', seminarsCatalogueForeignIds, visitors);
  describeForeignIds('another seminar series’ modules and participants', seminarsOperationsForeignIds, visitors);
  describeForeignIds('another seminar series’ module', seminarsEditorForeignIds, visitors);
  describeForeignIds('another seminar series’ pilot module in the participant’s pages', seminarsRegistrationForeignIds, visitors);
  describeForeignIds("another challenge's criteria", challengesAuthoringForeignIds, visitors);
  describeForeignIds("another challenge's questions", challengesQuestionsForeignIds, visitors);
  describeForeignIds("another person's proposal and its attachments", challengesSubmissionsForeignIds, visitors);
  describeForeignIds("another challenge's jury, ranking and winners", challengesJuryForeignIds, visitors);
});
