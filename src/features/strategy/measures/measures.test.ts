import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { workbenchPath } from '../core/paths.ts';

const VALID = { title: 'Online-Terminvergabe', fundingSource: 'own', priority: 'high', status: 'planned', targetValue: '12,5', unit: 'Termine' };

eachBackend('strategy measures: fact sheets, validation, access, progress and dashboard', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let member: TestClient;
  let outsider: TestClient;
  let otherManager: TestClient;
  const base = workbenchPath('testdorf', 'measures');
  const otherBase = workbenchPath('nachbardorf', 'measures');

  const client = async (name: string, org: string | undefined, role: 'manager' | 'member') => {
    const user = await createTestUser(rt.deps, { displayName: name });
    if (org) await insertMembership(rt.deps.db, { organisationId: org, userId: user.id, role, status: 'active' });
    const c = new TestClient(rt.app);
    await c.login(user.email, TEST_PASSWORD);
    return c;
  };
  const measures = async () =>
    queryRows<{ id: string; title: string; status: string; target_value: string | null }>(
      rt.deps.db,
      sql`select id, title, status, target_value from strategy_measures order by position`,
    );
  const create = (c: TestClient, fields: Record<string, string | string[]>, at = base) => c.postForm(`${at}/neu`, fields, { csrfFrom: `${at}/neu` });

  before(async () => {
    rt = await createTestRuntime(backend);
    const org = await insertTestOrganisation(rt.deps.db, 'testdorf', 'Gemeinde Testdorf');
    const other = await insertTestOrganisation(rt.deps.db, 'nachbardorf', 'Gemeinde Nachbardorf');
    manager = await client('Mara Manager', org, 'manager');
    member = await client('Mia Mitglied', org, 'member');
    outsider = await client('Otto Außen', undefined, 'member');
    otherManager = await client('Nina Nachbar', other, 'manager');
  });
  after(() => rt.close());

  it('validates the fact sheet and stores nothing half', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ fundingSource: 'grant' }, 'Wählen Sie bei Fördermitteln das geförderte Projekt.'],
      [{ fundingSource: 'grant', fundedProjectId: '00000000-0000-4000-8000-000000000000' }, 'Wählen Sie eines der geförderten Projekte Ihrer Organisation.'],
      [{ startsOn: '2099-05-01', endsOn: '2099-04-01' }, 'Das Zieldatum darf nicht vor dem Beginn liegen.'],
      [{ endsOn: '2020-01-01' }, 'Das Zieldatum einer neuen Maßnahme darf nicht in der Vergangenheit liegen'],
      [{ targetValue: '1e9' }, 'Geben Sie eine Zahl ein'],
      [{ title: '' }, 'Geben Sie einen Titel ein.'],
    ];
    for (const [change, message] of cases) {
      const res = await create(manager, { ...VALID, ...change });
      assert.equal(res.statusCode, 400, JSON.stringify(change));
      assert.ok(res.body.includes(message), message);
    }
    const unknownSolution = await create(manager, { ...VALID, solutionIds: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknownSolution.statusCode, 400);
    const big = await create(manager, { ...VALID, goal: 'x'.repeat(1_000_000) });
    assert.equal(big.statusCode, 413);
    // a done measure may end in the past
    assert.equal((await create(manager, { ...VALID, title: 'Erledigt', status: 'done', endsOn: '2020-01-01' })).statusCode, 303);
    assert.deepEqual(
      (await measures()).map((m) => m.title),
      ['Erledigt'],
    );
  });

  it('creates and edits a measure; members read, outsiders and other organisations get nothing', async () => {
    const res = await create(manager, VALID);
    assert.equal(res.statusCode, 303);
    const measure = (await measures()).find((m) => m.title === VALID.title)!;
    assert.equal(measure.target_value, '12.50');
    assert.equal((await member.open(base)).statusCode, 200);
    assert.ok((await member.open(`${base}/${measure.id}`)).body.includes(VALID.title));
    assert.equal((await member.request('GET', `${base}/neu`)).statusCode, 403);
    assert.equal((await outsider.request('GET', base)).statusCode, 404);
    assert.equal((await outsider.request('GET', `${base}/${measure.id}`)).statusCode, 404);
    // another organisation's manager cannot reach this measure under their own workbench either
    assert.equal((await otherManager.request('GET', `${otherBase}/${measure.id}`)).statusCode, 404);
    assert.equal((await otherManager.request('GET', `${otherBase}/${measure.id}/bearbeiten`)).statusCode, 404);
    const edit = await manager.postForm(
      `${base}/${measure.id}`,
      { ...VALID, title: 'Online-Termine', endsOn: '2020-01-01', startsOn: '2019-01-01' },
      { csrfFrom: `${base}/${measure.id}/bearbeiten` },
    );
    assert.equal(edit.statusCode, 303, 'an existing measure may keep a past target date');
    assert.ok((await measures()).some((m) => m.title === 'Online-Termine'));
  });

  it('a progress report sets the status and joins the history, newest first; the dashboard counts', async () => {
    const measure = (await measures()).find((m) => m.title === 'Online-Termine')!;
    const sheet = `${base}/${measure.id}`;
    assert.equal(
      (await manager.postForm(`${sheet}/fortschritt`, { status: 'on_track', value: '5', note: 'Erste Termine online.' }, { csrfFrom: sheet })).statusCode,
      303,
    );
    assert.equal(
      (await manager.postForm(`${sheet}/fortschritt`, { status: 'at_risk', value: '6,25', note: 'Personal fehlt.' }, { csrfFrom: sheet })).statusCode,
      303,
    );
    assert.equal((await manager.postForm(`${sheet}/fortschritt`, { status: 'done', note: 'x'.repeat(1_001) }, { csrfFrom: sheet })).statusCode, 400);
    assert.equal((await measures()).find((m) => m.id === measure.id)!.status, 'at_risk');
    const page = (await manager.open(sheet)).body;
    assert.ok(page.indexOf('Personal fehlt.') < page.indexOf('Erste Termine online.'));
    const dashboard = (await member.open(`${base}/uebersicht`)).body;
    assert.ok(dashboard.includes('50 Prozent des Ziels erreicht'), 'latest 6,25 of 12,5');
    // by status: one at risk (this one), none on track any more
    const count = (word: string) => new RegExp(`${word}</span></strong></td><td[^>]*>(\\d+)</td>`).exec(dashboard)?.[1];
    assert.equal(count('Gefährdet'), '1');
    assert.equal(count('Im Plan'), '0');
    assert.equal((await member.postForm(`${sheet}/fortschritt`, { status: 'done' }, { csrfFrom: sheet })).statusCode, 403);
  });

  it('starts a measure from a published solution and recommends knowledge for the weakest dimension', async () => {
    const [solution] = await queryRows<{ id: string }>(
      rt.deps.db,
      sql`insert into solutions (slug, owner_organisation_id, title, summary, problem, approach, maturity, status)
        values ('mitfahrbank', gen_random_uuid(), 'Mitfahrbank', 'Bänke, an denen man mitgenommen wird.', 'Kein Bus.', 'Bänke.', 'operation', 'published') returning id`,
    );
    const solutionId = solution!.id;
    const form = (await manager.open(`${base}/neu?loesung=${solutionId}`)).body;
    assert.ok(form.includes('value="Mitfahrbank"') && form.includes('Bänke, an denen man mitgenommen wird.'));
    assert.match(form, new RegExp(`value="${solutionId}"[^>]*checked`));
    // the weak dimension's tag finds the guide; the strong one's does not count
    const dims = await queryRows<{ id: string; q: string }>(
      rt.deps.db,
      sql`with d as (insert into strategy_dimensions (slug, position, name, knowledge_tags) values
          ('beteiligung', 1, 'Transparenz & Beteiligung', '{beteiligung}'), ('infrastruktur', 2, 'Infrastruktur', '{breitband}') returning id, slug)
        insert into strategy_questions (dimension_id, position, text, levels)
          select id, 1, 'Frage ' || slug, '{niedrig,mittel,hoch}' from d returning dimension_id as id, id as q`,
    );
    const [strategy] = await queryRows<{ id: string }>(
      rt.deps.db,
      sql`select s.id from strategies s join organisations o on o.id = s.organisation_id where o.slug = 'testdorf'`,
    );
    for (const [i, d] of dims.entries()) {
      await queryRows(
        rt.deps.db,
        sql`insert into strategy_answers (strategy_id, question_id, level) values (${strategy!.id}, ${d.q}, ${i === 0 ? 1 : 3}) returning level`,
      );
    }
    await queryRows(
      rt.deps.db,
      sql`insert into knowledge_items (type, slug, title, summary, body, status, published_at, tags) values
        ('guide', 'beteiligung-leicht', 'Beteiligung leicht gemacht', 'Ein Leitfaden.', 'Text', 'published', now(), '{beteiligung}'),
        ('guide', 'breitband-leitfaden', 'Breitband planen', 'Ein Leitfaden.', 'Text', 'published', now(), '{breitband}') returning id`,
    );
    const dashboard = (await manager.open(`${base}/uebersicht`)).body;
    assert.ok(dashboard.includes('Beteiligung leicht gemacht'));
    assert.ok(!dashboard.includes('Breitband planen'));
  });

  it('deletes a measure (managers only)', async () => {
    const measure = (await measures()).find((m) => m.title === 'Erledigt')!;
    const sheet = `${base}/${measure.id}`;
    assert.equal((await member.postForm(`${sheet}/loeschen`, {}, { csrfFrom: sheet })).statusCode, 403);
    assert.equal((await manager.postForm(`${sheet}/loeschen`, {}, { csrfFrom: sheet })).statusCode, 303);
    assert.ok(!(await measures()).some((m) => m.id === measure.id));
  });
});
