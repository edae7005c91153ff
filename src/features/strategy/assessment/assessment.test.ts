import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { getOrganisationById } from '../../organisations/service.ts';
import { DIMENSIONS_EDITOR_PATH, workbenchPath } from '../core/paths.ts';
import { findStrategyOf, lockOrCreateStrategy } from '../core/repository.ts';
import { accessTo } from '../core/require-strategy.ts';
import { dimensionScores } from '../core/score-repository.ts';
import { insertDimension, insertQuestion, upsertAnswer, type DimensionRow, type QuestionRow } from './repository.ts';
import { getAssessment } from './service.ts';

eachBackend('strategy assessment: scoring, peer comparison, access and bad input', (backend) => {
  let rt: TestRuntime;
  let dimension: DimensionRow;
  let four: QuestionRow; // 4 levels
  let three: QuestionRow; // 3 levels
  let archived: QuestionRow;
  let home: { id: string; slug: string };
  const clients = {} as Record<'manager' | 'member' | 'outsider' | 'editor', TestClient>;
  let managerId = '';
  let counter = 0;

  const signIn = async (siteRole?: 'editor') => {
    const user = await createTestUser(rt.deps, siteRole ? { siteRole } : {});
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return { user, client };
  };

  /** Another organisation whose strategy answered the dimension: `level` on the four-level question. */
  const peer = async (level: number, changes: { type?: 'gemeinde' | 'stadt'; population?: number } = {}) => {
    counter += 1;
    const id = await insertTestOrganisation(rt.deps.db, `reife-peer-${backend}-${counter}`, `Peer ${counter}`, {
      type: changes.type ?? 'gemeinde',
      population: changes.population ?? 1_000 + counter,
    });
    const strategy = await lockOrCreateStrategy(rt.deps.db, id);
    await upsertAnswer(rt.deps.db, { strategyId: strategy.id, questionId: four.id, level, answeredBy: managerId });
  };

  const assessmentOfHome = async () => {
    const organisation = (await getOrganisationById(rt.deps.db, home.id))!;
    const strategy = await findStrategyOf(rt.deps.db, home.id);
    const access = await accessTo(rt.deps.db, home.id, undefined);
    return getAssessment(rt.deps.db, { organisation, strategy, access });
  };
  const entry = async () => (await assessmentOfHome()).dimensions.find((e) => e.dimension.id === dimension.id)!;
  const page = () => workbenchPath(home.slug, 'assessment');
  const postUrl = () => workbenchPath(home.slug, 'assessment', dimension.slug);

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    dimension = await insertDimension(db, { slug: `reife-test-${backend}`, position: 900, name: 'Testdimension Daten', knowledgeTags: ['daten'] });
    four = await insertQuestion(db, {
      dimensionId: dimension.id,
      position: 1,
      text: 'Gibt es eine Datenstrategie?',
      help: 'Hilfe zur Frage',
      levels: ['Nein', 'Geplant', 'Beschlossen', 'Umgesetzt'],
    });
    three = await insertQuestion(db, { dimensionId: dimension.id, position: 2, text: 'Gibt es offene Daten?', levels: ['Nein', 'Teilweise', 'Ja'] });
    archived = await insertQuestion(db, {
      dimensionId: dimension.id,
      position: 3,
      text: 'Alte Frage',
      levels: ['a', 'b', 'c', 'd', 'e'],
      archivedAt: new Date(),
    });
    const slug = `reife-heim-${backend}`;
    home = { id: await insertTestOrganisation(db, slug, 'Gemeinde Heimat', { population: 1_500 }), slug };
    const manager = await signIn();
    managerId = manager.user.id;
    clients.manager = manager.client;
    await insertMembership(db, { organisationId: home.id, userId: manager.user.id, role: 'manager', status: 'active' });
    const member = await signIn();
    clients.member = member.client;
    await insertMembership(db, { organisationId: home.id, userId: member.user.id, role: 'member', status: 'active' });
    clients.outsider = (await signIn()).client;
    clients.editor = (await signIn('editor')).client;
  });
  after(() => rt.close());

  describe('saving answers', () => {
    it('answers 404 to outsiders and 403 to members, storing nothing', async () => {
      assert.equal((await clients.outsider.get(page())).statusCode, 404);
      assert.equal((await clients.outsider.postForm(postUrl(), { [`q-${four.id}`]: '2' }, { csrfFrom: '/' })).statusCode, 404);
      assert.equal((await clients.member.get(page())).statusCode, 200);
      assert.equal((await clients.member.postForm(postUrl(), { [`q-${four.id}`]: '2' }, { csrfFrom: '/' })).statusCode, 403);
      assert.equal(await findStrategyOf(rt.deps.db, home.id), undefined);
    });

    it('refuses a level out of range with the error summary and stores nothing', async () => {
      await clients.manager.open(page());
      const response = await clients.manager.postForm(postUrl(), { [`q-${four.id}`]: '5', [`q-${three.id}`]: '2' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Wählen Sie eine der 4 Stufen/);
      assert.match(response.body, /kern-alert--danger/);
      assert.equal(await findStrategyOf(rt.deps.db, home.id), undefined);
    });

    it('refuses an unknown or archived question with 400 and stores nothing', async () => {
      for (const id of [archived.id, '00000000-0000-4000-8000-000000000000']) {
        await clients.manager.open(page());
        const response = await clients.manager.postForm(postUrl(), { [`q-${four.id}`]: '2', [`q-${id}`]: '1' });
        assert.equal(response.statusCode, 400);
        assert.match(response.body, /gibt es nicht mehr/);
      }
      await clients.manager.open(page());
      assert.equal((await clients.manager.postForm(postUrl(), { 'kein-feld': '1' })).statusCode, 400);
      assert.equal(await findStrategyOf(rt.deps.db, home.id), undefined);
    });

    it('saves a partial answer, creates the strategy, writes the audit entry and says "gespeichert"', async () => {
      await clients.manager.open(page());
      const response = await clients.manager.postForm(postUrl(), { [`q-${four.id}`]: '4', [`q-${three.id}`]: '' });
      assert.equal(response.statusCode, 303);
      const shown = await clients.manager.followRedirect(response);
      assert.match(shown.body, /gespeichert/);
      assert.match(shown.body, /1 von 2 Fragen beantwortet/);
      const strategy = (await findStrategyOf(rt.deps.db, home.id))!;
      const audit = await queryRows<{ n: number }>(
        rt.deps.db,
        sql`select count(*)::int as n from audit_log where action = 'strategy.assessment.save' and subject_id = ${strategy.id}`,
      );
      assert.equal(audit[0]!.n, 1);
      const [score] = (await dimensionScores(rt.deps.db, strategy.id)).filter((s) => s.dimension.id === dimension.id);
      assert.deepEqual({ answered: score!.answered, questions: score!.questions, score: score!.score }, { answered: 1, questions: 2, score: 100 });
    });

    it('scores the answered questions only and ignores an archived question', async () => {
      const strategy = (await findStrategyOf(rt.deps.db, home.id))!;
      // an old answer to the archived question must not pull the score down
      await upsertAnswer(rt.deps.db, { strategyId: strategy.id, questionId: archived.id, level: 1, answeredBy: managerId });
      await clients.manager.open(page());
      await clients.manager.postForm(postUrl(), { [`q-${four.id}`]: '4', [`q-${three.id}`]: '2' });
      const [score] = (await dimensionScores(rt.deps.db, strategy.id)).filter((s) => s.dimension.id === dimension.id);
      // (100 + 50) / 2
      assert.deepEqual({ answered: score!.answered, questions: score!.questions, score: score!.score }, { answered: 2, questions: 2, score: 75 });
      const html = (await clients.member.get(page())).body;
      assert.match(html, /role="img"/);
      assert.match(html, /<title id="radar-title">/);
      assert.match(html, /75 %/);
      assert.doesNotMatch(html, /<input[^>]+type="radio"/, 'members see the answers, not the form');
    });
  });

  describe('peer comparison', () => {
    it('shows no comparison with four similar municipalities, and does not count other types or bands', async () => {
      for (const level of [1, 2, 3, 4]) await peer(level);
      await peer(4, { type: 'stadt', population: 1_200 });
      await peer(4, { population: 5_000 });
      await peer(4, { population: 200_000 });
      assert.equal((await entry()).peerAverage, undefined);
      const html = (await clients.manager.get(page())).body;
      assert.match(html, /Vergleich ab fünf vergleichbaren Kommunen/);
    });

    it('shows the mean of five, never a single value', async () => {
      await peer(1);
      // levels 1, 2, 3, 4, 1 of four: 0, 33.3, 66.7, 100, 0 → mean 40
      assert.equal((await entry()).peerAverage, 40);
      const html = (await clients.manager.get(page())).body;
      assert.doesNotMatch(html, /Vergleich ab fünf vergleichbaren Kommunen/);
      assert.match(html, /40 %/);
      assert.match(html, /stroke-dasharray/);
    });
  });

  describe('the editors’ pages', () => {
    it('are for editors only', async () => {
      for (const who of ['manager', 'member'] as const) {
        assert.equal((await clients[who].get(DIMENSIONS_EDITOR_PATH)).statusCode, 403);
        assert.equal((await clients[who].postForm(`${DIMENSIONS_EDITOR_PATH}/neu`, { name: 'X' }, { csrfFrom: '/' })).statusCode, 403);
      }
      assert.equal((await clients.editor.get(DIMENSIONS_EDITOR_PATH)).statusCode, 200);
    });

    it('add a dimension and a question, keep typed input on an error, move and archive', async () => {
      const editor = clients.editor;
      await editor.open(`${DIMENSIONS_EDITOR_PATH}/neu`);
      const bad = await editor.postForm(`${DIMENSIONS_EDITOR_PATH}/neu`, { name: '', description: 'Bleibt stehen', knowledgeTags: '' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Bleibt stehen/);
      const created = await editor.postForm(`${DIMENSIONS_EDITOR_PATH}/neu`, { name: 'Neue Dimension Test', description: '', knowledgeTags: 'a, b, a' });
      assert.equal(created.statusCode, 303);
      const [row] = await queryRows<{ id: string; knowledgeTags: string[] }>(
        rt.deps.db,
        sql`select id, knowledge_tags as "knowledgeTags" from strategy_dimensions where name = 'Neue Dimension Test'`,
      );
      assert.deepEqual(row!.knowledgeTags, ['a', 'b']);
      const newQuestion = `${DIMENSIONS_EDITOR_PATH}/${row!.id}/fragen/neu`;
      await editor.open(newQuestion);
      const oneLevel = await editor.postForm(newQuestion, { text: 'Frage?', help: '', levels: 'nur eine' });
      assert.equal(oneLevel.statusCode, 400);
      assert.match(oneLevel.body, /2 bis 7 Stufen/);
      assert.equal((await editor.postForm(newQuestion, { text: 'Frage?', help: '', levels: 'eins\nzwei\r\ndrei' })).statusCode, 303);
      const [question] = await queryRows<{ levels: string[] }>(rt.deps.db, sql`select levels from strategy_questions where dimension_id = ${row!.id}`);
      assert.deepEqual(question!.levels, ['eins', 'zwei', 'drei']);

      await editor.open(DIMENSIONS_EDITOR_PATH);
      assert.equal((await editor.postForm(`${DIMENSIONS_EDITOR_PATH}/${row!.id}/verschieben`, { direction: 'hoch' })).statusCode, 303);
      await editor.open(DIMENSIONS_EDITOR_PATH);
      assert.equal((await editor.postForm(`${DIMENSIONS_EDITOR_PATH}/${dimension.id}/fragen/${four.id}/archivieren`, {})).statusCode, 303);
      // the answers to an archived question stay
      const kept = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from strategy_answers where question_id = ${four.id}`);
      assert.ok(kept[0]!.n >= 6);
      // a question is found only under its own dimension
      assert.equal((await editor.get(`${DIMENSIONS_EDITOR_PATH}/${row!.id}/fragen/${three.id}`)).statusCode, 404);
      assert.equal((await editor.get(`${DIMENSIONS_EDITOR_PATH}/kein-id`)).statusCode, 404);
    });
  });
});
