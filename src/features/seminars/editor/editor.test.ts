import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { EDITOR_PATH, editorModulePath, editorSeriesPath } from '../core/paths.ts';
import { insertEditorTestGuide, insertOtherTestSeries } from '../testing/editor-fixtures.ts';

eachBackend('seminar series: the editors build a series', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  const YEAR = new Date().getUTCFullYear() + 1;
  const NEW = `${EDITOR_PATH}/neu`;
  const complete = {
    title: 'Digitale Kommune – Seminarreihe Testland',
    summary: 'Eine Reihe für hauptamtliche Bürgermeisterinnen und Bürgermeister.',
    aim: 'Jede Verbandsgemeinde entwickelt ihre **Digitalstrategie**.',
    audience: 'Hauptamtliche Bürgermeisterinnen und Bürgermeister',
    startYear: String(YEAR),
    endYear: String(YEAR + 1),
    partners: 'Gemeinde- und Städtebund\nKommunal-Akademie',
    registrationMode: 'series',
    seats: '25',
    deadlineDay: `${YEAR}-02-01`,
    deadlineTime: '',
    requiredFunction: 'hauptamtliche Bürgermeisterinnen und Bürgermeister',
    organisationTypes: ['gemeinde', 'amt'],
    consentText: 'Ich willige ein, dass meine Angaben für die Seminarreihe verarbeitet werden.',
    retentionDays: '365',
  };
  const module = {
    title: 'Auftaktwerkstatt',
    description: 'Wo steht unsere Kommune?',
    programme: '- 10:00 Begrüßung',
    homeworkStep: 'assessment',
    homework: 'Reifegrad-Check ausfüllen',
    isPilot: '1',
  };
  const session = { day: `${YEAR}-03-10`, startTime: '10:00', endTime: '16:00', format: 'praesenz', venue: 'Hochschule für Verwaltung', town: 'Mayen' };
  const seriesRows = (title: string) =>
    queryRows<{ id: string; slug: string; status: string; partners: string[]; organisation_types: string[]; registration_deadline: Date | string }>(
      rt.deps.db,
      sql`select id, slug, status, partners, organisation_types, registration_deadline from seminar_series where title = ${title}`,
    );
  const found = async (query: string) =>
    (await searchDocuments(rt.deps.db, { query, page: 1, pageSize: 20 })).items.filter((i) => i.type === 'seminarSeries').map((i) => i.url);
  let seriesId = '';
  let moduleId = '';

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(user.email, TEST_PASSWORD);
  });
  after(async () => {
    await rt.close();
  });

  it('creates a draft series once, however often the form is sent', async () => {
    await editor.get(NEW);
    const created = await editor.postForm(NEW, complete);
    assert.equal(created.statusCode, 303);
    assert.equal((await editor.postForm(NEW, complete)).statusCode, 303);
    const [row, ...more] = await seriesRows(complete.title);
    assert.equal(more.length, 0);
    assert.equal(row!.status, 'draft');
    assert.equal(row!.slug, 'digitale-kommune-seminarreihe-testland');
    assert.deepEqual(row!.partners, ['Gemeinde- und Städtebund', 'Kommunal-Akademie']);
    assert.deepEqual(row!.organisation_types, ['gemeinde', 'amt']);
    assert.equal(new Date(row!.registration_deadline).toISOString(), `${YEAR}-02-01T22:59:00.000Z`);
    seriesId = row!.id;
    assert.equal(created.location, editorSeriesPath(seriesId));
    const overview = await editor.get(editorSeriesPath(seriesId));
    assert.match(overview.body, /Die Seminarreihe ist als Entwurf angelegt\./);
    assert.match((await editor.get(EDITOR_PATH)).body, /Digitale Kommune – Seminarreihe Testland/);
  });

  it('shows the errors of the settings in a summary and keeps what was typed', async () => {
    const page = editorSeriesPath(seriesId, 'bearbeiten');
    await editor.get(page);
    const refused = await editor.postForm(page, { ...complete, summary: '', endYear: String(YEAR - 1), seats: '', audience: 'Neue Zielgruppe' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /kern-alert--danger/);
    assert.match(refused.body, /Geben Sie eine Kurzbeschreibung an\./);
    assert.match(refused.body, /Das letzte Jahr darf nicht vor dem ersten liegen\./);
    assert.match(refused.body, /Geben Sie die Zahl der Plätze an\./);
    assert.match(refused.body, /<input[^>]*name="audience"[^>]*value="Neue Zielgruppe"/);
    assert.equal((await seriesRows(complete.title)).length, 1);

    const saved = await editor.postForm(page, { ...complete, registrationMode: 'module', seats: '', deadlineDay: '' });
    assert.equal(saved.statusCode, 303);
  });

  it('answers a forged organisation type or homework step with 400 and stores nothing', async () => {
    const page = editorSeriesPath(seriesId, 'bearbeiten');
    await editor.get(page);
    const forged = await editor.postForm(page, { ...complete, title: 'Gefälscht', organisationTypes: ['gemeinde', 'geheimbund'] });
    assert.equal(forged.statusCode, 400);
    assert.equal((await seriesRows('Gefälscht')).length, 0);

    const add = editorSeriesPath(seriesId, 'module/neu');
    await editor.get(add);
    const step = await editor.postForm(add, {
      ...module,
      title: 'Falscher Schritt',
      homeworkStep: 'weltherrschaft',
      seats: '20',
      deadlineDay: `${YEAR}-03-01`,
    });
    assert.equal(step.statusCode, 400);
    assert.equal((await queryRows(rt.deps.db, sql`select id from seminar_modules where title = 'Falscher Schritt'`)).length, 0);
  });

  it('adds a module (its seats required per module), a session and a material', async () => {
    const add = editorSeriesPath(seriesId, 'module/neu');
    await editor.get(add);
    const missing = await editor.postForm(add, module);
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Geben Sie die Zahl der Plätze an\./);
    assert.match(missing.body, /<input[^>]*name="title"[^>]*value="Auftaktwerkstatt"/);
    const added = await editor.postForm(add, { ...module, seats: '20', deadlineDay: `${YEAR}-03-01` });
    assert.equal(added.statusCode, 303);
    const [row] = await queryRows<{ id: string; is_pilot: boolean; homework_step: string; seats: number }>(
      rt.deps.db,
      sql`select id, is_pilot, homework_step, seats from seminar_modules where series_id = ${seriesId}`,
    );
    moduleId = row!.id;
    assert.equal(row!.is_pilot, true);
    assert.equal(row!.homework_step, 'assessment');
    assert.equal(row!.seats, 20);
    assert.equal(added.location, editorModulePath(seriesId, moduleId, 'termine'));

    const sessions = editorModulePath(seriesId, moduleId, 'termine');
    await editor.get(sessions);
    const wrong = await editor.postForm(sessions, { ...session, endTime: '09:00', town: '' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Das Ende muss nach dem Beginn liegen\./);
    assert.match(wrong.body, /Geben Sie die Stadt oder Gemeinde an/);
    const saved = await editor.postForm(sessions, session);
    assert.equal(saved.statusCode, 303);
    const [stored] = await queryRows<{ starts_at: Date | string; town: string }>(
      rt.deps.db,
      sql`select starts_at, town from seminar_sessions where module_id = ${moduleId}`,
    );
    assert.equal(new Date(stored!.starts_at).toISOString(), `${YEAR}-03-10T09:00:00.000Z`);
    assert.equal(stored!.town, 'Mayen');

    const guide = await insertEditorTestGuide(rt.deps.db, 'Leitfaden Digitalstrategie');
    const materials = editorModulePath(seriesId, moduleId, 'materialien');
    assert.match((await editor.get(materials)).body, /Leitfaden Digitalstrategie/);
    assert.equal((await editor.postForm(materials, { knowledgeItemId: guide })).statusCode, 303);
    const page = await editor.get(materials);
    assert.match(page.body, /Das Material ist hinzugefügt\./);
    assert.match(page.body, new RegExp(`materialien/${guide}/entfernen`));

    const overview = (await editor.get(editorSeriesPath(seriesId))).body;
    assert.match(overview, /Auftaktwerkstatt/);
    assert.match(overview, /Pilotmodul/);
    assert.match(overview, /1 Material/);
    assert.ok(overview.includes(editorModulePath(seriesId, moduleId, 'anwesenheit')));
    assert.ok(overview.includes(editorModulePath(seriesId, moduleId, 'rueckmeldungen')));
  });

  it('answers 404 for a module of another series by a guessed id', async () => {
    const other = await insertOtherTestSeries(rt.deps.db);
    assert.equal((await editor.get(editorModulePath(seriesId, other.moduleId))).statusCode, 404);
    assert.equal((await editor.get(editorModulePath(seriesId, other.moduleId, 'termine'))).statusCode, 404);
    const removed = await editor.postForm(editorModulePath(seriesId, other.moduleId, 'entfernen'), {}, { csrfFrom: editorSeriesPath(seriesId) });
    assert.equal(removed.statusCode, 404);
    assert.equal((await queryRows(rt.deps.db, sql`select id from seminar_modules where id = ${other.moduleId}`)).length, 1);
  });

  it('refuses to publish a series without a session, and publishes one with a session into the search', async () => {
    const bare = { ...complete, title: 'Reihe ohne Termine' };
    await editor.get(NEW);
    await editor.postForm(NEW, bare);
    const [empty] = await seriesRows(bare.title);
    await editor.get(editorSeriesPath(empty!.id));
    const refused = await editor.postForm(editorSeriesPath(empty!.id, 'veroeffentlichen'), {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /braucht zum Veröffentlichen mindestens ein Modul mit einem Termin/);
    assert.equal((await seriesRows(bare.title))[0]!.status, 'draft');

    assert.deepEqual(await found('Testland'), []);
    await editor.get(editorSeriesPath(seriesId));
    assert.equal((await editor.postForm(editorSeriesPath(seriesId, 'veroeffentlichen'), {})).statusCode, 303);
    assert.equal((await seriesRows(complete.title))[0]!.status, 'published');
    assert.deepEqual(await found('Testland'), ['/veranstaltungen/reihen/digitale-kommune-seminarreihe-testland']);
    // module titles are searched, and a change of a published series is searched at once
    assert.equal((await found('Auftaktwerkstatt')).length, 1);
    const edit = editorModulePath(seriesId, moduleId);
    await editor.get(edit);
    assert.equal((await editor.postForm(edit, { ...module, title: 'Strategiewerkstatt', seats: '20', deadlineDay: `${YEAR}-03-01` })).statusCode, 303);
    assert.equal((await found('Strategiewerkstatt')).length, 1);
    assert.deepEqual(await found('Reihe ohne Termine'), []);

    await editor.get(editorSeriesPath(seriesId));
    assert.equal((await editor.postForm(editorSeriesPath(seriesId, 'zurueckziehen'), {})).statusCode, 303);
    assert.deepEqual(await found('Testland'), []);
    const audit = await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where subject_id = ${seriesId} order by action`);
    for (const action of [
      'seminars.series.create',
      'seminars.series.publish',
      'seminars.series.withdraw',
      'seminars.module.add',
      'seminars.session.add',
      'seminars.material.add',
    ]) {
      assert.ok(
        audit.some((a) => a.action === action),
        action,
      );
    }
  });
});
