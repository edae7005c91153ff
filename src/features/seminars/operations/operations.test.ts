import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { unzip } from '../../../platform/testing/unzip.ts';
import { strategies, strategyGoals } from '../../strategy/core/tables.ts';
import { editorModulePath, editorSeriesPath } from '../core/paths.ts';
import {
  type FixtureSeries,
  insertOperationsSeries,
  insertSeminarAttendance,
  insertSeminarFeedback,
  insertSeminarRegistration,
} from '../testing/operations-fixtures.ts';

eachBackend('seminar series: attendance, participants, exports and pilot feedback', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let member: TestClient;
  let participantClient: TestClient;
  let editorId: string;
  const people: Record<'anna' | 'bernd' | 'carla' | 'dora' | 'stranger', string> = { anna: '', bernd: '', carla: '', dora: '', stranger: '' };
  let series: FixtureSeries;
  let other: FixtureSeries;
  let byModule: FixtureSeries;

  const attendanceOf = async (moduleId: string) =>
    queryRows<{ user_id: string; checked_in_by: string | null }>(
      rt.deps.db,
      sql`select user_id, checked_in_by from seminar_attendance where module_id = ${moduleId}`,
    );
  const auditCount = async (action: string, moduleId: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${moduleId}`))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const testdorf = await insertTestOrganisation(db, 'testdorf-reihe', 'Verbandsgemeinde Testdorf');
    const [strategy] = await db.insert(strategies).values({ organisationId: testdorf, vision: 'Eine digitale Verwaltung für alle.' }).returning();
    await db.insert(strategyGoals).values({ strategyId: strategy!.id, position: 1, title: 'Alle Anträge online' });

    const e = await createTestUser(rt.deps, { siteRole: 'editor' });
    editorId = e.id;
    editor = new TestClient(rt.app);
    await editor.login(e.email, TEST_PASSWORD);
    const m = await createTestUser(rt.deps);
    member = new TestClient(rt.app);
    await member.login(m.email, TEST_PASSWORD);

    people.anna = (await createTestUser(rt.deps, { displayName: 'Anna Adler' })).id;
    people.bernd = (await createTestUser(rt.deps, { displayName: '=HYPERLINK("http://böse.example")' })).id;
    people.carla = (await createTestUser(rt.deps, { displayName: 'Carla Clement' })).id;
    people.dora = (await createTestUser(rt.deps, { displayName: 'Dora Dietz' })).id;
    const stranger = await createTestUser(rt.deps, { displayName: 'Sven Fremd' });
    people.stranger = stranger.id;
    participantClient = new TestClient(rt.app);
    await participantClient.login(stranger.email, TEST_PASSWORD);

    series = await insertOperationsSeries(db, {
      slug: 'reihe-anwesenheit',
      modules: [
        { title: 'Startwerkstatt', isPilot: true, inDays: -30 },
        { title: 'Vision und Ziele', inDays: 30 },
      ],
    });
    other = await insertOperationsSeries(db, { slug: 'reihe-andere', modules: [{ title: 'Fremdes Modul', isPilot: true, inDays: -10 }] });
    byModule = await insertOperationsSeries(db, {
      slug: 'reihe-je-modul',
      mode: 'module',
      modules: [
        { title: 'Erstes Modul', inDays: 10 },
        { title: 'Zweites Modul', inDays: 20 },
      ],
    });
    const day = (n: number) => new Date(Date.UTC(2026, 0, n, 9));
    await insertSeminarRegistration(db, { seriesId: series.id, userId: people.anna, organisationId: testdorf, createdAt: day(2) });
    await insertSeminarRegistration(db, { seriesId: series.id, userId: people.bernd, functionStatement: '@SUMME(A1)', createdAt: day(3) });
    await insertSeminarRegistration(db, { seriesId: series.id, userId: people.carla, status: 'waiting', createdAt: day(4) });
    await insertSeminarRegistration(db, { seriesId: series.id, userId: people.dora, status: 'cancelled', createdAt: day(1) });
    await insertSeminarRegistration(db, { seriesId: other.id, userId: people.stranger });
    await insertSeminarRegistration(db, { seriesId: byModule.id, moduleId: byModule.moduleIds[0]!, userId: people.anna });
    // the stranger's feedback belongs to the other series' pilot
    await insertSeminarFeedback(db, { moduleId: other.moduleIds[0]!, userId: people.stranger, rating: 1, comment: 'Fremde Rückmeldung' });
  });
  after(async () => {
    await rt.close();
  });

  const attendance = (s: FixtureSeries, i: number) => editorModulePath(s.id, s.moduleIds[i]!, 'anwesenheit');
  const feedback = (s: FixtureSeries, i: number) => editorModulePath(s.id, s.moduleIds[i]!, 'rueckmeldungen');

  describe('only editors', () => {
    it('sends anonymous visitors to the login and refuses members and participants', async () => {
      const anonymous = new TestClient(rt.app);
      for (const url of [
        editorSeriesPath(series.id, 'teilnehmende'),
        editorSeriesPath(series.id, 'teilnehmende.csv'),
        editorSeriesPath(series.id, 'teilnehmende.xlsx'),
        attendance(series, 0),
        feedback(series, 0),
      ]) {
        assert.equal((await anonymous.get(url)).statusCode, 303, url);
        assert.equal((await member.get(url)).statusCode, 403, url);
        assert.equal((await participantClient.get(url)).statusCode, 403, url);
      }
      const post = await member.postForm(`${attendance(series, 0)}/${people.anna}`, { anwesend: 'ja' }, { csrfFrom: '/passwort-vergessen' });
      assert.equal(post.statusCode, 403);
      assert.deepEqual(await attendanceOf(series.moduleIds[0]!), []);
    });
  });

  describe('attendance', () => {
    it('lists the confirmed participants of the series with the count, nobody waiting or cancelled', async () => {
      const page = await editor.get(attendance(series, 0));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Anna Adler/);
      assert.ok(!page.body.includes('Carla Clement'));
      assert.ok(!page.body.includes('Dora Dietz'));
      assert.match(page.body, /0 von 2 anwesend/);
    });

    it('checks a participant in and out, once each however often the button is pressed', async () => {
      const module = series.moduleIds[0]!;
      await editor.get(attendance(series, 0));
      const checked = await editor.postForm(`${attendance(series, 0)}/${people.anna}`, { anwesend: 'ja' });
      assert.equal(checked.statusCode, 303);
      assert.equal(checked.location, `${attendance(series, 0)}#p-${people.anna}`);
      const page = await editor.followRedirect(checked);
      assert.match(page.body, /Anna Adler ist als anwesend vermerkt/);
      assert.match(page.body, /1 von 2 anwesend/);
      assert.deepEqual(await attendanceOf(module), [{ user_id: people.anna, checked_in_by: editorId }]);

      const again = await editor.postForm(`${attendance(series, 0)}/${people.anna}`, { anwesend: 'ja' }, { csrfFrom: attendance(series, 0) });
      assert.equal(again.statusCode, 303);
      assert.equal((await attendanceOf(module)).length, 1);
      assert.equal(await auditCount('seminars.attendance.checkIn', module), 1);

      await editor.get(attendance(series, 0));
      const undone = await editor.postForm(`${attendance(series, 0)}/${people.anna}`, { anwesend: 'nein' });
      assert.equal(undone.statusCode, 303);
      assert.match((await editor.followRedirect(undone)).body, /0 von 2 anwesend/);
      assert.deepEqual(await attendanceOf(module), []);
      assert.equal(await auditCount('seminars.attendance.undo', module), 1);
    });

    it('answers 404 for anyone outside the participants and 400 for a made-up state, storing nothing', async () => {
      const module = series.moduleIds[1]!;
      for (const userId of [people.carla, people.dora, people.stranger, '00000000-0000-4000-8000-000000000000', 'kein-nutzer']) {
        const res = await editor.postForm(`${attendance(series, 1)}/${userId}`, { anwesend: 'ja' }, { csrfFrom: attendance(series, 1) });
        assert.equal(res.statusCode, 404, userId);
      }
      const made = await editor.postForm(`${attendance(series, 1)}/${people.anna}`, { anwesend: 'vielleicht' }, { csrfFrom: attendance(series, 1) });
      assert.equal(made.statusCode, 400);
      assert.deepEqual(await attendanceOf(module), []);
    });

    it('answers 404 for a module of another series, by id in either place', async () => {
      const mixed = editorModulePath(series.id, other.moduleIds[0]!, 'anwesenheit');
      assert.equal((await editor.get(mixed)).statusCode, 404);
      assert.equal((await editor.get(editorModulePath(series.id, other.moduleIds[0]!, 'rueckmeldungen'))).statusCode, 404);
      assert.equal((await editor.get(editorModulePath(series.id, 'kein-modul', 'anwesenheit'))).statusCode, 404);
      assert.equal((await editor.get(editorModulePath('keine-reihe', series.moduleIds[0]!, 'anwesenheit'))).statusCode, 404);
      const post = await editor.postForm(`${mixed}/${people.stranger}`, { anwesend: 'ja' }, { csrfFrom: attendance(series, 0) });
      assert.equal(post.statusCode, 404);
      assert.deepEqual(await attendanceOf(other.moduleIds[0]!), []);
    });

    it('checks in only the participants of the module itself in module mode', async () => {
      const first = await editor.get(attendance(byModule, 0));
      assert.match(first.body, /Anna Adler/);
      assert.match(first.body, /0 von 1 anwesend/);
      const second = await editor.get(attendance(byModule, 1));
      assert.ok(!second.body.includes('Anna Adler'));
      const refused = await editor.postForm(`${attendance(byModule, 1)}/${people.anna}`, { anwesend: 'ja' }, { csrfFrom: attendance(byModule, 1) });
      assert.equal(refused.statusCode, 404);
      await editor.get(attendance(byModule, 0));
      assert.equal((await editor.postForm(`${attendance(byModule, 0)}/${people.anna}`, { anwesend: 'ja' })).statusCode, 303);
      assert.deepEqual(await attendanceOf(byModule.moduleIds[1]!), []);
      assert.equal((await attendanceOf(byModule.moduleIds[0]!)).length, 1);
    });
  });

  describe('participants', () => {
    before(async () => {
      await insertSeminarAttendance(rt.deps.db, series.moduleIds[0]!, people.anna, editorId);
    });

    it('lists the confirmed, then the waiting list, with progress in words and the strategy steps', async () => {
      const page = await editor.get(editorSeriesPath(series.id, 'teilnehmende'));
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.ok(body.indexOf('Anna Adler') < body.indexOf('Carla Clement'), 'confirmed before waiting');
      assert.ok(body.indexOf('Warteliste') < body.indexOf('Carla Clement'));
      assert.ok(!body.includes('Dora Dietz'), 'cancelled registrations are not listed');
      assert.match(body, /1 von 2 Modulen besucht/);
      assert.match(body, /0 von 2 Modulen besucht/);
      assert.match(body, /<span aria-hidden="true">✓ <\/span>Besucht/);
      assert.match(body, /Nicht besucht/);
      assert.match(body, /Verbandsgemeinde Testdorf/);
      // vision with a goal: the step is complete; the others have not begun
      assert.match(
        body,
        /<td class="kern-table__cell">Verbandsgemeinde Testdorf<\/td><td class="kern-table__cell">Nicht begonnen<\/td><td class="kern-table__cell">Abgeschlossen<\/td>/,
      );
      assert.ok(body.includes(`href="${editorSeriesPath(series.id, 'teilnehmende.csv')}"`));
      assert.ok(body.includes(`href="${feedback(series, 0)}"`), 'the pilot links its feedback');
      assert.ok(!body.includes(`href="${feedback(series, 1)}"`));
    });

    it('exports CSV with a header, one row per live registration and formulas kept as text', async () => {
      const res = await editor.get(editorSeriesPath(series.id, 'teilnehmende.csv'));
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.match(String(res.headers['content-disposition']), /teilnehmende-reihe-anwesenheit\.csv/);
      const lines = res.body
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(
        lines[0],
        'Name;E-Mail-Adresse;Kommune;Funktion;Status;Platz;Angemeldet am;Anmeldung für;Besuchte Module;Modul 1: Startwerkstatt;Modul 2: Vision und Ziele;Reifegrad;Vision und Ziele;Handlungsfelder;Maßnahmen;Akteure und Beteiligung;Prüfen und veröffentlichen',
      );
      assert.equal(lines.length, 4);
      assert.match(
        lines[1]!,
        /^Anna Adler;[^;]+;Verbandsgemeinde Testdorf;Bürgermeisterin der Verbandsgemeinde;Bestätigt;;02\.01\.2026 10:00;Ganze Reihe;1;Ja;Nein;Nicht begonnen;Abgeschlossen;/,
      );
      assert.match(lines[2]!, /^"'=HYPERLINK\(""http:\/\/böse\.example""\)";[^;]+;;'@SUMME\(A1\);Bestätigt;/);
      assert.match(lines[3]!, /^Carla Clement;[^;]+;;[^;]*;Warteliste;1;/);
      assert.equal(await auditCount('seminars.participants.export', series.id), 1);
    });

    it('exports XLSX as a workbook whose sheet holds the participants', async () => {
      const res = await rt.app.inject({
        method: 'GET',
        url: editorSeriesPath(series.id, 'teilnehmende.xlsx'),
        headers: { cookie: `dk_session=${editor.cookie('dk_session')}` },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const sheet = unzip(res.rawPayload).get('xl/worksheets/sheet1.xml')!.toString('utf8');
      assert.match(sheet, /<t xml:space="preserve">Anna Adler<\/t>/);
      assert.match(sheet, /<t xml:space="preserve">Modul 1: Startwerkstatt<\/t>/);
    });
  });

  describe('pilot feedback', () => {
    it('shows the answers of a pilot module with names, count and average to editors', async () => {
      await insertSeminarFeedback(rt.deps.db, { moduleId: series.moduleIds[0]!, userId: people.anna, rating: 5, comment: 'Sehr praxisnah.' });
      await insertSeminarFeedback(rt.deps.db, { moduleId: series.moduleIds[0]!, userId: people.bernd, rating: 4 });
      const page = await editor.get(feedback(series, 0));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /2 Rückmeldungen/);
      assert.match(page.body, /Durchschnittliche Bewertung: 4,5 von 5/);
      assert.match(page.body, /Anna Adler/);
      assert.match(page.body, /Sehr praxisnah\./);
      assert.match(page.body, /Kein Kommentar/);
      assert.ok(!page.body.includes('Fremde Rückmeldung'), "another module's answers stay out");
    });

    it('answers 404 for a module that is no pilot', async () => {
      assert.equal((await editor.get(feedback(series, 1))).statusCode, 404);
    });
  });
});
