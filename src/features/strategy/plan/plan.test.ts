import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { STRATEGY_PATH, workbenchPath } from '../core/paths.ts';

eachBackend('strategy plan: task list, vision and goals, fields, comments', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let member: TestClient;
  let outsider: TestClient;
  const ORG = 'testdorf-plan';
  const OTHER = 'anderdorf-plan';

  const signedIn = async (role: 'manager' | 'member' | undefined, organisationId: string) => {
    const user = await createTestUser(rt.deps, {});
    if (role) await insertMembership(rt.deps.db, { organisationId, userId: user.id, role, status: 'active', decidedAt: new Date() });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };
  const goals = async () =>
    (
      await queryRows<{ title: string }>(
        rt.deps.db,
        sql`select g.title from strategy_goals g join strategies s on s.id = g.strategy_id where s.organisation_id = (select id from organisations where slug = ${ORG}) order by g.position`,
      )
    ).map((r) => r.title);
  const goalId = async (title: string) => (await queryRows<{ id: string }>(rt.deps.db, sql`select id from strategy_goals where title = ${title}`))[0]!.id;

  before(async () => {
    rt = await createTestRuntime(backend);
    const orgId = await insertTestOrganisation(rt.deps.db, ORG, 'Testdorf');
    await insertTestOrganisation(rt.deps.db, OTHER, 'Anderdorf');
    manager = await signedIn('manager', orgId);
    member = await signedIn('member', orgId);
    outsider = await signedIn(undefined, orgId);
  });
  after(async () => {
    await rt.close();
  });

  it('shows the workbench to managers and members only, and lets only managers change it', async () => {
    const pages = [workbenchPath(ORG), workbenchPath(ORG, 'vision'), workbenchPath(ORG, 'fields')];
    for (const page of pages) {
      assert.equal((await outsider.get(page)).statusCode, 404, page);
      assert.equal((await member.get(page)).statusCode, 200, page);
      assert.equal((await manager.get(page)).statusCode, 200, page);
    }
    assert.equal((await new TestClient(rt.app).get(workbenchPath(ORG))).statusCode, 303);
    assert.match((await member.get(workbenchPath(ORG))).body, /Bearbeiten können sie die Verantwortlichen/);
    assert.equal((await member.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: 'x' }, { csrfFrom: workbenchPath(ORG) })).statusCode, 403);
    assert.equal((await outsider.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: 'x' }, { csrfFrom: STRATEGY_PATH })).statusCode, 404);
    const start = await manager.get(STRATEGY_PATH);
    assert.equal(start.statusCode, 200);
    assert.match(start.body, /Digitalstrategie Testdorf/);
    assert.match(start.body, /vernetzen|Vernetzen/);
  });

  it('saves the vision once per submission, keeps a too long one with an error', async () => {
    const tooLong = 'Vision '.repeat(7_143);
    const invalid = await manager.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: tooLong });
    assert.equal(invalid.statusCode, 400);
    assert.ok(invalid.body.includes(tooLong));
    assert.match(invalid.body, /dk-error-summary/);
    const huge = await manager.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: 'x'.repeat(1_048_576) });
    assert.equal(huge.statusCode, 413);
    const saved = await manager.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: 'Ein **digitales** Testdorf' });
    assert.equal(saved.statusCode, 303);
    const again = await manager.postForm(workbenchPath(ORG, 'vision', 'vision'), { vision: 'Ein **digitales** Testdorf' });
    assert.equal(again.location, saved.location);
    const audits = await queryRows(rt.deps.db, sql`select 1 from audit_log where action = 'strategy.vision.save'`);
    assert.equal(audits.length, 1);
    const page = await manager.followRedirect(saved);
    assert.match(page.body, /Gespeichert\./);
    assert.match((await member.get(workbenchPath(ORG, 'vision'))).body, /<strong>digitales<\/strong>/);
  });

  it('adds, edits, orders and removes goals, each only under its own strategy', async () => {
    const vision = workbenchPath(ORG, 'vision');
    await manager.get(vision);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'vision', 'ziele'), { title: '', description: 'bleibt' })).statusCode, 400);
    for (const title of ['Online-Dienste', 'Glasfaser', 'Bürgerbeteiligung']) {
      await manager.get(vision);
      assert.equal((await manager.postForm(workbenchPath(ORG, 'vision', 'ziele'), { title, description: '' })).statusCode, 303);
    }
    assert.deepEqual(await goals(), ['Online-Dienste', 'Glasfaser', 'Bürgerbeteiligung']);
    const id = await goalId('Bürgerbeteiligung');
    await manager.get(vision);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'vision', `ziele/${id}/verschieben`), { direction: 'hoch' })).statusCode, 303);
    assert.deepEqual(await goals(), ['Online-Dienste', 'Bürgerbeteiligung', 'Glasfaser']);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'vision', `ziele/${id}`), { title: 'Beteiligung', description: 'Werkstätten' })).statusCode, 303);
    assert.deepEqual(await goals(), ['Online-Dienste', 'Beteiligung', 'Glasfaser']);
    // another organisation's address with this goal's id finds nothing
    assert.equal((await manager.get(workbenchPath(OTHER, 'vision', `ziele/${id}`))).statusCode, 404);
    assert.equal((await manager.get(workbenchPath(ORG, 'vision', 'ziele/kein-uuid'))).statusCode, 404);
    await manager.get(vision);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'vision', `ziele/${id}/entfernen`), {})).statusCode, 303);
    assert.deepEqual(await goals(), ['Online-Dienste', 'Glasfaser']);
    const tasks = (await manager.get(workbenchPath(ORG))).body;
    assert.match(tasks, /Abgeschlossen/);
  });

  it('takes only the platform fields of action', async () => {
    const path = workbenchPath(ORG, 'fields');
    const [field] = await queryRows<{ slug: string }>(rt.deps.db, sql`select slug from fields_of_action order by position limit 1`);
    assert.ok(field, 'the template database has fields of action');
    const unknown = await manager.postForm(path, { fieldsOfAction: [field.slug, 'gibt-es-nicht'] });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Handlungsfelder aus der Liste/);
    await manager.get(path);
    const none = await manager.postForm(path, {});
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /mindestens ein Handlungsfeld/);
    await manager.get(path);
    assert.equal((await manager.postForm(path, { fieldsOfAction: field.slug })).statusCode, 303);
    const [row] = await queryRows<{ fields_of_action: string[] }>(
      rt.deps.db,
      sql`select fields_of_action from strategies where organisation_id = (select id from organisations where slug = ${ORG})`,
    );
    assert.deepEqual(row!.fields_of_action, [field.slug]);
  });

  it('lets members comment and managers resolve, only under the own strategy', async () => {
    const path = workbenchPath(ORG, 'fields', 'kommentare');
    await member.get(workbenchPath(ORG, 'fields'));
    const empty = await member.postForm(path, { body: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Schreiben Sie Ihren Kommentar/);
    await member.get(workbenchPath(ORG, 'fields'));
    assert.equal((await member.postForm(path, { body: 'Was ist mit dem Breitband?' })).statusCode, 303);
    const [comment] = await queryRows<{ id: string }>(rt.deps.db, sql`select id from strategy_comments where body = 'Was ist mit dem Breitband?'`);
    const resolve = workbenchPath(ORG, 'fields', `kommentare/${comment!.id}/erledigt`);
    assert.equal((await member.postForm(resolve, {}, { csrfFrom: workbenchPath(ORG, 'fields') })).statusCode, 403);
    assert.equal(
      (await manager.postForm(workbenchPath(ORG, 'vision', `kommentare/${comment!.id}/erledigt`), {}, { csrfFrom: workbenchPath(ORG, 'fields') })).statusCode,
      404,
    );
    await manager.get(workbenchPath(ORG, 'fields'));
    assert.equal((await manager.postForm(resolve, {})).statusCode, 303);
    const page = (await member.get(workbenchPath(ORG, 'fields'))).body;
    assert.match(page, /1 erledigter Kommentar/);
    assert.match(page, /<details/);
  });
});
