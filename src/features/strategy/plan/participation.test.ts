import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { workbenchPath } from '../core/paths.ts';

eachBackend('strategy plan: actors and participation formats', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let member: TestClient;
  let outsider: TestClient;
  let otherManager: TestClient;
  const ORG = 'testdorf-beteiligung';
  const OTHER = 'anderdorf-beteiligung';
  const STEP = workbenchPath(ORG, 'participation');
  const NEXT_YEAR = new Date().getUTCFullYear() + 1;

  const signedIn = async (role: 'manager' | 'member' | undefined, organisationId: string) => {
    const user = await createTestUser(rt.deps);
    if (role) await insertMembership(rt.deps.db, { organisationId, userId: user.id, role, status: 'active', decidedAt: new Date() });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };
  const actors = async (slug = ORG) =>
    (
      await queryRows<{ name: string }>(
        rt.deps.db,
        sql`select a.name from strategy_actors a join strategies s on s.id = a.strategy_id
            where s.organisation_id = (select id from organisations where slug = ${slug}) order by a.position`,
      )
    ).map((r) => r.name);
  const actorId = async (name: string) => (await queryRows<{ id: string }>(rt.deps.db, sql`select id from strategy_actors where name = ${name}`))[0]!.id;
  const format = async (name: string) =>
    (
      await queryRows<{ id: string; starts_at: Date | string | null; description: string }>(
        rt.deps.db,
        sql`select id, starts_at, description from strategy_participation where format = ${name}`,
      )
    )[0];
  const audits = async (action: string) => (await queryRows(rt.deps.db, sql`select 1 from audit_log where action = ${action}`)).length;
  const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

  before(async () => {
    rt = await createTestRuntime(backend);
    const orgId = await insertTestOrganisation(rt.deps.db, ORG, 'Testdorf');
    const otherId = await insertTestOrganisation(rt.deps.db, OTHER, 'Anderdorf');
    manager = await signedIn('manager', orgId);
    member = await signedIn('member', orgId);
    outsider = await signedIn(undefined, orgId);
    otherManager = await signedIn('manager', otherId);
  });
  after(async () => {
    await rt.close();
  });

  it('shows the step to managers and members only, and lets only managers change it', async () => {
    assert.equal((await new TestClient(rt.app).get(STEP)).statusCode, 303);
    assert.equal((await outsider.get(STEP)).statusCode, 404);
    const read = await member.get(STEP);
    assert.equal(read.statusCode, 200);
    assert.match(read.body, /Noch keine Akteure/);
    // members read and comment, but get no form to change the step
    assert.doesNotMatch(read.body, /action="[^"]*\/beteiligung\/akteure"/);
    assert.doesNotMatch(read.body, /action="[^"]*\/beteiligung\/formate"/);
    assert.match(read.body, /action="[^"]*\/beteiligung\/kommentare"/);
    const edit = await manager.get(STEP);
    assert.match(edit.body, /action="[^"]*\/beteiligung\/akteure"/);
    assert.match(edit.body, /action="[^"]*\/beteiligung\/formate"/);
    for (const [path, fields] of [
      ['akteure', { name: 'Gemeindevertretung', involvement: '' }],
      ['formate', { format: 'Bürgerwerkstatt', description: '', date: '', time: '' }],
    ] as const) {
      assert.equal((await member.postForm(workbenchPath(ORG, 'participation', path), fields, { csrfFrom: STEP })).statusCode, 403, path);
      assert.equal((await outsider.postForm(workbenchPath(ORG, 'participation', path), fields, { csrfFrom: '/strategie' })).statusCode, 404, path);
    }
    assert.deepEqual(await actors(), []);
  });

  it('adds actors once per submission, keeps bad input with an error, edits, orders and removes them', async () => {
    const add = workbenchPath(ORG, 'participation', 'akteure');
    await manager.get(STEP);
    const empty = await manager.postForm(add, { name: '', involvement: 'berät die Verwaltung' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Geben Sie den Akteur an/);
    assert.match(empty.body, /berät die Verwaltung/);
    await manager.get(STEP);
    assert.equal((await manager.postForm(add, { name: 'Jugendbeirat', involvement: 'x'.repeat(2_001) })).statusCode, 400);
    await manager.get(STEP);
    assert.equal((await manager.postForm(add, { name: 'x'.repeat(1_048_576), involvement: '' })).statusCode, 413);
    assert.deepEqual(await actors(), []);

    await manager.get(STEP);
    const first = await manager.postForm(add, { name: 'Gemeindevertretung', involvement: 'beschließt die Strategie' });
    assert.equal(first.statusCode, 303);
    // the same submission again (a double click) stores nothing twice
    const again = await manager.postForm(add, { name: 'Gemeindevertretung', involvement: 'beschließt die Strategie' });
    assert.equal(again.location, first.location);
    assert.match((await manager.followRedirect(first)).body, /Hinzugefügt\./);
    for (const name of ['Amtsverwaltung', 'Jugendbeirat']) {
      await manager.get(STEP);
      assert.equal((await manager.postForm(add, { name, involvement: '' })).statusCode, 303);
    }
    assert.deepEqual(await actors(), ['Gemeindevertretung', 'Amtsverwaltung', 'Jugendbeirat']);
    assert.equal(await audits('strategy.actor.add'), 3);

    const id = await actorId('Jugendbeirat');
    await manager.get(STEP);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'participation', `akteure/${id}/verschieben`), { direction: 'hoch' })).statusCode, 303);
    assert.deepEqual(await actors(), ['Gemeindevertretung', 'Jugendbeirat', 'Amtsverwaltung']);
    await manager.get(STEP);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'participation', `akteure/${id}/verschieben`), { direction: 'quer' })).statusCode, 400);
    assert.equal(await audits('strategy.actor.move'), 1);

    const editPage = await manager.get(workbenchPath(ORG, 'participation', `akteure/${id}`));
    assert.equal(editPage.statusCode, 200);
    assert.match(editPage.body, /value="Jugendbeirat"/);
    assert.equal((await member.get(workbenchPath(ORG, 'participation', `akteure/${id}`))).statusCode, 403);
    const tooLong = await manager.postForm(workbenchPath(ORG, 'participation', `akteure/${id}`), { name: 'y'.repeat(201), involvement: 'bleibt stehen' });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /bleibt stehen/);
    await manager.get(workbenchPath(ORG, 'participation', `akteure/${id}`));
    const saved = await manager.postForm(workbenchPath(ORG, 'participation', `akteure/${id}`), { name: 'Jugendbeirat Süderbrarup', involvement: 'berät' });
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(await actors(), ['Gemeindevertretung', 'Jugendbeirat Süderbrarup', 'Amtsverwaltung']);
    const read = (await member.get(STEP)).body;
    assert.match(read, /Jugendbeirat Süderbrarup/);
    assert.match(read, /beschließt die Strategie/);

    await manager.get(STEP);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'participation', `akteure/${id}/entfernen`), {})).statusCode, 303);
    assert.deepEqual(await actors(), ['Gemeindevertretung', 'Amtsverwaltung']);
    assert.equal(await audits('strategy.actor.update'), 1);
    assert.equal(await audits('strategy.actor.remove'), 1);
  });

  it('finds an actor only under its own strategy', async () => {
    const other = workbenchPath(OTHER, 'participation');
    await otherManager.get(other);
    assert.equal((await otherManager.postForm(workbenchPath(OTHER, 'participation', 'akteure'), { name: 'Kirchengemeinde', involvement: '' })).statusCode, 303);
    const foreign = await actorId('Kirchengemeinde');
    for (const rest of [`akteure/${foreign}`, `akteure/${foreign}/entfernen`, `akteure/${foreign}/verschieben`]) {
      const path = workbenchPath(ORG, 'participation', rest);
      assert.equal((await manager.postForm(path, { name: 'Übernommen', involvement: '', direction: 'hoch' }, { csrfFrom: STEP })).statusCode, 404, rest);
    }
    assert.equal((await manager.get(workbenchPath(ORG, 'participation', `akteure/${foreign}`))).statusCode, 404);
    assert.equal((await manager.get(workbenchPath(ORG, 'participation', 'akteure/kein-uuid'))).statusCode, 404);
    // the other organisation's own address is not the manager's either
    assert.equal((await manager.get(workbenchPath(OTHER, 'participation', `akteure/${foreign}`))).statusCode, 404);
    assert.deepEqual(await actors(OTHER), ['Kirchengemeinde']);
  });

  it('keeps formats with a Berlin date and time, past ones too, and edits and removes them', async () => {
    const add = workbenchPath(ORG, 'participation', 'formate');
    await manager.get(STEP);
    const noTime = await manager.postForm(add, { format: 'Bürgerwerkstatt', description: 'im Dorfgemeinschaftshaus', date: `${NEXT_YEAR}-07-01`, time: '' });
    assert.equal(noTime.statusCode, 400);
    assert.match(noTime.body, /zum Datum auch die Uhrzeit/);
    assert.match(noTime.body, /im Dorfgemeinschaftshaus/);
    await manager.get(STEP);
    const badDay = await manager.postForm(add, { format: 'Bürgerwerkstatt', description: '', date: `${NEXT_YEAR}-02-30`, time: '18:30' });
    assert.equal(badDay.statusCode, 400);
    assert.match(badDay.body, /als Kalendertag/);
    await manager.get(STEP);
    assert.equal((await manager.postForm(add, { format: 'Bürgerwerkstatt', description: 'd'.repeat(2_001), date: '', time: '' })).statusCode, 400);

    await manager.get(STEP);
    const summer = await manager.postForm(add, {
      format: 'Bürgerwerkstatt',
      description: 'im Dorfgemeinschaftshaus',
      date: `${NEXT_YEAR}-07-01`,
      time: '18:30',
    });
    assert.equal(summer.statusCode, 303);
    assert.equal(
      (await manager.postForm(add, { format: 'Bürgerwerkstatt', description: 'doppelt', date: `${NEXT_YEAR}-07-01`, time: '18:30' })).location,
      summer.location,
    );
    await manager.get(STEP);
    assert.equal((await manager.postForm(add, { format: 'Einwohnerversammlung', description: '', date: '2024-11-20', time: '19:00' })).statusCode, 303);
    await manager.get(STEP);
    assert.equal((await manager.postForm(add, { format: 'Online-Umfrage', description: '', date: '', time: '' })).statusCode, 303);
    assert.equal(await audits('strategy.participation.add'), 3);

    // Berlin's clocks: summer time is UTC+2, winter time UTC+1
    assert.equal(iso((await format('Bürgerwerkstatt'))!.starts_at), `${NEXT_YEAR}-07-01T16:30:00.000Z`);
    assert.equal(iso((await format('Einwohnerversammlung'))!.starts_at), '2024-11-20T18:00:00.000Z');
    assert.equal((await format('Online-Umfrage'))!.starts_at, null);

    const page = (await member.get(STEP)).body;
    // by date, the one without a date last; the past one marked as having taken place
    assert.ok(page.indexOf('Einwohnerversammlung') < page.indexOf('Bürgerwerkstatt'));
    assert.ok(page.indexOf('Bürgerwerkstatt') < page.indexOf('Online-Umfrage'));
    assert.match(page, /Hat stattgefunden/);
    assert.match(page, /Ohne Termin/);

    const id = (await format('Bürgerwerkstatt'))!.id;
    const editPath = workbenchPath(ORG, 'participation', `formate/${id}`);
    const editPage = await manager.get(editPath);
    assert.equal(editPage.statusCode, 200);
    assert.match(editPage.body, new RegExp(`value="${NEXT_YEAR}-07-01"`));
    assert.match(editPage.body, /value="18:30"/);
    const badTime = await manager.postForm(editPath, { format: 'Bürgerwerkstatt', description: '', date: `${NEXT_YEAR}-12-03`, time: '25:00' });
    assert.equal(badTime.statusCode, 400);
    assert.match(badTime.body, /Stunden und Minuten/);
    await manager.get(editPath);
    assert.equal(
      (await manager.postForm(editPath, { format: 'Bürgerwerkstatt II', description: 'neu', date: `${NEXT_YEAR}-12-03`, time: '18:30' })).statusCode,
      303,
    );
    const changed = await format('Bürgerwerkstatt II');
    assert.equal(iso(changed!.starts_at), `${NEXT_YEAR}-12-03T17:30:00.000Z`);
    assert.equal(changed!.description, 'neu');

    await manager.get(STEP);
    assert.equal((await manager.postForm(workbenchPath(ORG, 'participation', `formate/${id}/entfernen`), {})).statusCode, 303);
    assert.equal(await format('Bürgerwerkstatt II'), undefined);
    assert.equal(await audits('strategy.participation.update'), 1);
    assert.equal(await audits('strategy.participation.remove'), 1);
  });

  it('finds a format only under its own strategy', async () => {
    await otherManager.get(workbenchPath(OTHER, 'participation'));
    const fields = { format: 'Dorfspaziergang', description: '', date: '', time: '' };
    assert.equal((await otherManager.postForm(workbenchPath(OTHER, 'participation', 'formate'), fields)).statusCode, 303);
    const foreign = (await format('Dorfspaziergang'))!.id;
    assert.equal((await manager.get(workbenchPath(ORG, 'participation', `formate/${foreign}`))).statusCode, 404);
    for (const rest of [`formate/${foreign}`, `formate/${foreign}/entfernen`]) {
      assert.equal((await manager.postForm(workbenchPath(ORG, 'participation', rest), fields, { csrfFrom: STEP })).statusCode, 404, rest);
    }
    assert.equal((await member.get(workbenchPath(ORG, 'participation', `formate/${foreign}`))).statusCode, 403);
    assert.ok(await format('Dorfspaziergang'));
  });

  it('takes comments on the step from members and shows them to managers', async () => {
    await member.get(STEP);
    assert.equal((await member.postForm(workbenchPath(ORG, 'participation', 'kommentare'), { body: 'Bitte auch die Feuerwehr beteiligen.' })).statusCode, 303);
    assert.match((await manager.get(STEP)).body, /Bitte auch die Feuerwehr beteiligen\./);
  });
});
