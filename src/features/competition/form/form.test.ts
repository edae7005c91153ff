import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { competitionApplications } from '../core/application-tables.ts';
import { insertCall } from '../core/repository.ts';

const EDITOR = '/verwaltung/wettbewerb';

async function createCall(rt: TestRuntime, slug: string): Promise<string> {
  const call = await insertCall(rt.deps.db, {
    slug,
    title: `Wettbewerb ${slug}`,
    summary: 'Kommunen bewerben sich um Förderung für ein digitales Vorhaben.',
    description: '## Was gefördert wird\n\nDigitale Angebote der Daseinsvorsorge.',
    eligibleTypes: ['gemeinde', 'amt'],
    agsPrefix: '01',
    populationMin: null,
    populationMax: null,
    jointApplications: true,
    opensAt: new Date('2026-11-01T08:00:00Z'),
    closesAt: new Date('2099-02-26T22:59:00Z'),
    maxAmountCents: 10_000_000,
    totalBudgetCents: 100_000_000,
    ownSharePercent: 10,
    fundingStart: '2099-07-01',
    fundingEnd: '2101-06-30',
    blindReview: true,
    fieldsOfAction: [],
    contact: '',
    createdBy: null,
  });
  return call.id;
}

const question = (overrides: FormFields = {}): FormFields => ({
  kind: 'text',
  label: 'Wie heißt das Vorhaben?',
  help: '',
  required: '1',
  maxLength: '',
  options: '',
  ...overrides,
});

eachBackend('competition: the builder of the application form and the criteria', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let callId: string;
  let sections: { situation: string; approach: string };
  const questionIds: Record<string, string> = {};
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const sectionCount = () => count(sql`select count(*)::int as n from competition_form_sections where call_id = ${callId}`);
  const questionCount = () =>
    count(sql`select count(*)::int as n from competition_questions q join competition_form_sections s on s.id = q.section_id where s.call_id = ${callId}`);
  const criterionCount = () => count(sql`select count(*)::int as n from competition_criteria where call_id = ${callId}`);
  const audits = (action: string) => count(sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${callId}`);
  const formPath = () => `${EDITOR}/${callId}/formular`;
  const criteriaPath = () => `${EDITOR}/${callId}/kriterien`;
  const questionsPath = (sectionId: string) => `${EDITOR}/abschnitte/${sectionId}/fragen`;

  /** Adds an entry through the list page's form; the location of the list it redirects to. */
  async function add(path: string, fields: FormFields): Promise<void> {
    const res = await editor.postForm(path, fields, { csrfFrom: path });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.equal(res.location, path);
  }

  /** A refused form: 400, the summary linking to the field, the message, and what was typed kept. */
  async function refused(path: string, fields: FormFields, field: string, message: RegExp, kept: RegExp) {
    const res = await editor.postForm(path, fields, { csrfFrom: path });
    assert.equal(res.statusCode, 400, `${field}: ${res.body.slice(0, 300)}`);
    assert.match(res.body, /Es gibt ein Problem/);
    assert.match(res.body, new RegExp(`href="#f-${field}"`), `the summary links to ${field}`);
    assert.match(res.body, message);
    assert.match(res.body, kept, 'what was typed is kept');
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
    callId = await createCall(rt, 'digitale-doerfer-2099');
  });
  after(async () => rt.close());

  it('adds sections once however often the form is sent, and confirms it', async () => {
    const empty = await editor.get(formPath());
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /Das Formular hat noch keine Abschnitte/);
    assert.match(empty.body, /Wettbewerb digitale-doerfer-2099/, 'the call is named');

    const fields = { title: 'Ausgangslage und Ziele', intro: 'Wo steht Ihre Kommune?' };
    const first = await editor.postForm(formPath(), fields, { csrfFrom: formPath() });
    assert.equal(first.statusCode, 303);
    const again = await editor.postForm(formPath(), fields);
    assert.equal(again.statusCode, 303, 'a second click leads to the list as well');
    assert.equal(await sectionCount(), 1, 'the double submit stored one section');
    const page = await editor.followRedirect(again);
    assert.match(page.body, /Der Abschnitt ist hinzugefügt/);
    assert.match(page.body, /Ausgangslage und Ziele/);

    await add(formPath(), { title: 'Vorgehen und Zeitplan', intro: '' });
    const rows = await queryRows<{ id: string; title: string; position: number }>(
      rt.deps.db,
      sql`select id, title, position from competition_form_sections where call_id = ${callId} order by position`,
    );
    assert.deepEqual(
      rows.map((r) => [r.title, r.position]),
      [
        ['Ausgangslage und Ziele', 1],
        ['Vorgehen und Zeitplan', 2],
      ],
    );
    sections = { situation: rows[0]!.id, approach: rows[1]!.id };
    assert.equal(await audits('competition.form.section.add'), 2);
  });

  it('moves a section up and down, and saves its title', async () => {
    const moved = await editor.postForm(`${formPath()}/${sections.approach}/verschieben`, { direction: 'hoch' }, { csrfFrom: formPath() });
    assert.equal(moved.statusCode, 303);
    const order = async () =>
      (await queryRows<{ title: string }>(rt.deps.db, sql`select title from competition_form_sections where call_id = ${callId} order by position`)).map(
        (r) => r.title,
      );
    assert.deepEqual(await order(), ['Vorgehen und Zeitplan', 'Ausgangslage und Ziele']);
    assert.match((await editor.followRedirect(moved)).body, /Die Reihenfolge der Abschnitte ist geändert/);
    await editor.postForm(`${formPath()}/${sections.approach}/verschieben`, { direction: 'runter' }, { csrfFrom: formPath() });
    assert.deepEqual(await order(), ['Ausgangslage und Ziele', 'Vorgehen und Zeitplan']);
    assert.equal(await audits('competition.form.section.move'), 2);

    const entry = `${formPath()}/${sections.approach}`;
    const saved = await editor.postForm(entry, { title: 'Vorgehen, Zeitplan und Meilensteine', intro: 'Wie Sie vorgehen.' }, { csrfFrom: entry });
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(await order(), ['Ausgangslage und Ziele', 'Vorgehen, Zeitplan und Meilensteine']);
    assert.equal(await audits('competition.form.section.update'), 1);
  });

  it('adds questions of every kind, with help, required or not, and a length limit', async () => {
    const path = questionsPath(sections.situation);
    const page = await editor.get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Fragen im Abschnitt „Ausgangslage und Ziele“/);
    assert.match(page.body, new RegExp(`href="${formPath()}"`), 'leads back to the sections');
    assert.match(page.body, /Wettbewerb digitale-doerfer-2099/);

    await add(path, question({ label: 'Wie heißt das Vorhaben?', help: 'Ein kurzer Name.', maxLength: '120' }));
    await add(path, question({ kind: 'longText', label: 'Welche Aufgabe der Daseinsvorsorge lösen Sie?' }));
    await add(
      path,
      question({ kind: 'choice', label: 'Welcher Schritt des Aktionsplans?', options: 'Vernetzen\r\n\r\nStrategisch planen\r\nIns Tun kommen\r\nVernetzen' }),
    );
    await add(path, question({ kind: 'yesNo', label: 'Ist eine digitale Strategie beschlossen?', required: '' }));
    await add(questionsPath(sections.approach), question({ label: 'Was ist nach einem Jahr erreicht?' }));

    const rows = await queryRows<{ id: string; kind: string; label: string; help: string; required: boolean; max_length: number | null; options: string[] }>(
      rt.deps.db,
      sql`select id, kind, label, help, required, max_length, options from competition_questions where section_id = ${sections.situation} order by position`,
    );
    assert.deepEqual(
      rows.map((r) => [r.kind, r.required, r.max_length, r.options]),
      [
        ['text', true, 120, []],
        ['longText', true, null, []],
        ['choice', true, null, ['Vernetzen', 'Strategisch planen', 'Ins Tun kommen']],
        ['yesNo', false, null, []],
      ],
    );
    assert.equal(rows[0]!.help, 'Ein kurzer Name.');
    for (const [i, key] of ['text', 'longText', 'choice', 'yesNo'].entries()) questionIds[key] = rows[i]!.id;
    const list = await editor.get(path);
    for (const text of [
      /Einzeilige Antwort/,
      /Längerer Text/,
      /Auswahl aus Optionen/,
      /Ja oder Nein/,
      /höchstens 120 Zeichen/,
      /Freiwillig/,
      /Strategisch planen/,
    ]) {
      assert.match(list.body, text);
    }
    assert.equal(await audits('competition.form.question.add'), 5);
  });

  it('explains what is wrong with a question or a criterion, keeps the input and stores nothing', async () => {
    const path = questionsPath(sections.situation);
    const before = await questionCount();
    await refused(
      path,
      question({ kind: 'choice', label: 'Nur eine Wahl?', options: 'Einzige Möglichkeit' }),
      'options',
      /mindestens zwei Antwortmöglichkeiten/,
      /Nur eine Wahl\?/,
    );
    await refused(path, question({ label: 'Mit Optionen?', options: 'A\nB' }), 'options', /nur bei „Auswahl aus Optionen“/, /Mit Optionen\?/);
    await refused(path, question({ label: 'Wie lang?', maxLength: 'abc' }), 'maxLength', /ganze Zahl von 1 bis 20\.000/, /value="abc"/);
    await refused(path, question({ label: 'Zu lang?', maxLength: '20001' }), 'maxLength', /ganze Zahl von 1 bis 20\.000/, /value="20001"/);
    await refused(path, question({ kind: 'yesNo', label: 'Ja oder nein?', maxLength: '10' }), 'maxLength', /nur für Textantworten/, /Ja oder nein\?/);
    await refused(path, question({ label: '' }), 'label', /Geben Sie die Frage an/, /value="text" selected/);
    assert.equal(await questionCount(), before);

    const criteria = await criterionCount();
    await refused(criteriaPath(), { title: 'Beteiligung', description: '', weight: '0' }, 'weight', /ganze Zahl von 1 bis 100/, /value="Beteiligung"/);
    await refused(criteriaPath(), { title: 'Beteiligung', description: '', weight: '101' }, 'weight', /ganze Zahl von 1 bis 100/, /value="101"/);
    await refused(criteriaPath(), { title: 'Beteiligung', description: '', weight: 'viel' }, 'weight', /ganze Zahl von 1 bis 100/, /value="viel"/);
    await refused(criteriaPath(), { title: '', description: '', weight: '10' }, 'title', /Geben Sie das Kriterium an/, /value="10"/);
    assert.equal(await criterionCount(), criteria);
  });

  it('finds a question only under its own section', async () => {
    const wrong = `${questionsPath(sections.approach)}/${questionIds.text}`;
    assert.equal((await editor.get(wrong)).statusCode, 404);
    const before = await questionCount();
    assert.equal((await editor.postForm(`${wrong}/loeschen`, {}, { csrfFrom: questionsPath(sections.approach) })).statusCode, 404);
    assert.equal((await editor.postForm(wrong, question({ label: 'Übernommen?' }), { csrfFrom: questionsPath(sections.approach) })).statusCode, 404);
    assert.equal(await questionCount(), before);
    assert.equal((await editor.get(`${formPath()}/${questionIds.text}`)).statusCode, 404, 'a question is no section');
  });

  it('shows the criteria with the sum of their weights and each one’s share', async () => {
    await add(criteriaPath(), { title: 'Beitrag zur Daseinsvorsorge', description: 'Was das Vorhaben vor Ort verbessert.', weight: '30' });
    await add(criteriaPath(), { title: 'Übertragbarkeit', description: '', weight: '20' });
    await add(criteriaPath(), { title: 'Nachhaltigkeit', description: '', weight: '10' });
    const page = await editor.get(criteriaPath());
    assert.equal(page.statusCode, 200);
    for (const text of [/Beitrag zur Daseinsvorsorge/, /Summe/, />60</, /50\s%/, /33,3\s%/, /16,7\s%/, /100\s%/]) assert.match(page.body, text);
    assert.equal(await audits('competition.form.criterion.add'), 3);

    const overview = await editor.get(`${EDITOR}/${callId}`);
    assert.match(overview.body, /2 Abschnitte mit 5 Fragen/);
    assert.match(overview.body, /3 Kriterien/);
    assert.match(overview.body, new RegExp(`href="${criteriaPath()}"`));
  });

  it('shows the public call page with the criteria in percent and what the application contains', async () => {
    const published = await editor.postForm(`${EDITOR}/${callId}/status`, { transition: 'publish' }, { csrfFrom: `${EDITOR}/${callId}` });
    assert.equal(published.statusCode, 303);
    const page = await new TestClient(rt.app).get('/wettbewerb/digitale-doerfer-2099');
    assert.equal(page.statusCode, 200);
    for (const text of [
      /Was die Bewerbung enthält/,
      /Ausgangslage und Ziele/,
      /Vorgehen, Zeitplan und Meilensteine/,
      /Bewertungskriterien/,
      /Beitrag zur Daseinsvorsorge/,
      /50\s%/,
      /33,3\s%/,
    ]) {
      assert.match(page.body, text);
    }
  });

  describe('once an application has been submitted', () => {
    before(async () => {
      await rt.deps.db.insert(competitionApplications).values({
        callId,
        organisationId: randomUUID(),
        organisationName: 'Amt Probsteierhagen',
        status: 'submitted',
        title: 'Dorf-App',
        reference: 'WB-2099-0001',
        submittedAt: new Date(),
      });
    });

    it('refuses new, deleted and moved sections and questions with the reason, and stores nothing', async () => {
      const list = await editor.get(formPath());
      assert.match(list.body, /Seit die erste Bewerbung eingereicht ist/);
      assert.doesNotMatch(list.body, /Abschnitt hinzufügen/, 'no form to add');
      assert.doesNotMatch(list.body, /name="direction"/, 'no buttons to move');

      const sectionsBefore = await sectionCount();
      const questionsBefore = await questionCount();
      const added = await editor.postForm(formPath(), { title: 'Noch ein Abschnitt', intro: '' }, { csrfFrom: formPath() });
      assert.equal(added.statusCode, 400);
      assert.match(added.body, /href="#f-form"/);
      assert.match(added.body, /id="f-form"/, 'the summary leads to the reason');
      assert.match(added.body, /lassen sich Abschnitte nicht mehr hinzufügen/);

      const deleted = await editor.postForm(`${formPath()}/${sections.approach}/loeschen`, {}, { csrfFrom: formPath() });
      assert.equal(deleted.statusCode, 409);
      assert.match(deleted.body, /Es gibt ein Problem/);
      assert.match(deleted.body, /lassen sich Abschnitte nicht mehr hinzufügen, löschen oder verschieben/);
      const moved = await editor.postForm(`${formPath()}/${sections.approach}/verschieben`, { direction: 'hoch' }, { csrfFrom: formPath() });
      assert.equal(moved.statusCode, 409);
      assert.match(moved.body, /nicht mehr hinzufügen, löschen oder verschieben/);

      const path = questionsPath(sections.situation);
      const question409 = await editor.postForm(`${path}/${questionIds.longText}/loeschen`, {}, { csrfFrom: path });
      assert.equal(question409.statusCode, 409);
      assert.match(question409.body, /lassen sich Fragen nicht mehr hinzufügen, löschen oder verschieben/);
      assert.equal((await editor.postForm(`${path}/${questionIds.longText}/verschieben`, { direction: 'hoch' }, { csrfFrom: path })).statusCode, 409);
      const newQuestion = await editor.postForm(path, question({ label: 'Noch eine Frage?' }), { csrfFrom: path });
      assert.equal(newQuestion.statusCode, 400);
      assert.match(newQuestion.body, /lassen sich Fragen nicht mehr hinzufügen/);

      assert.equal(await sectionCount(), sectionsBefore);
      assert.equal(await questionCount(), questionsBefore);
      const order = await queryRows<{ id: string }>(rt.deps.db, sql`select id from competition_form_sections where call_id = ${callId} order by position`);
      assert.deepEqual(
        order.map((r) => r.id),
        [sections.situation, sections.approach],
      );
    });

    it('lets the wording and help of a question be corrected, but not its kind or options', async () => {
      const entry = `${questionsPath(sections.situation)}/${questionIds.choice}`;
      const page = await editor.get(entry);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Was sich nicht mehr ändern lässt/);
      assert.match(page.body, /type="hidden" name="kind" value="choice"/);
      assert.doesNotMatch(page.body, /Frage löschen/);

      const fixed = { kind: 'choice', required: '1', maxLength: '', options: 'Vernetzen\nStrategisch planen\nIns Tun kommen' };
      const saved = await editor.postForm(
        entry,
        { ...fixed, label: 'Auf welchen Schritt richtet sich das Vorhaben?', help: 'Der wichtigste.' },
        { csrfFrom: entry },
      );
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
      const [row] = await queryRows<{ label: string; help: string; options: string[] }>(
        rt.deps.db,
        sql`select label, help, options from competition_questions where id = ${questionIds.choice}`,
      );
      assert.equal(row!.label, 'Auf welchen Schritt richtet sich das Vorhaben?');
      assert.equal(row!.help, 'Der wichtigste.');

      const kind = await editor.postForm(entry, { ...fixed, kind: 'text', options: '', label: 'Welcher Schritt?', help: '' }, { csrfFrom: entry });
      assert.equal(kind.statusCode, 400);
      assert.match(kind.body, /bleiben Art der Antwort, Antwortmöglichkeiten, Pflicht und Höchstlänge, wie sie sind/);
      const options = await editor.postForm(entry, { ...fixed, options: 'Vernetzen\nPlanen', label: 'Welcher Schritt?', help: '' }, { csrfFrom: entry });
      assert.equal(options.statusCode, 400);
      const [after] = await queryRows<{ kind: string; label: string; options: string[] }>(
        rt.deps.db,
        sql`select kind, label, options from competition_questions where id = ${questionIds.choice}`,
      );
      assert.deepEqual(
        [after!.kind, after!.label, after!.options],
        ['choice', 'Auf welchen Schritt richtet sich das Vorhaben?', ['Vernetzen', 'Strategisch planen', 'Ins Tun kommen']],
      );
      assert.equal(await audits('competition.form.question.update'), 1);

      const section = await editor.postForm(
        `${formPath()}/${sections.situation}`,
        { title: 'Ausgangslage und Ziele des Vorhabens', intro: '' },
        { csrfFrom: formPath() },
      );
      assert.equal(section.statusCode, 303, 'a section’s title may still be corrected');
    });

    it('keeps the criteria open until the deadline, then refuses every change', async () => {
      const [criterion] = await queryRows<{ id: string }>(
        rt.deps.db,
        sql`select id from competition_criteria where call_id = ${callId} order by position limit 1`,
      );
      const entry = `${criteriaPath()}/${criterion!.id}`;
      const saved = await editor.postForm(entry, { title: 'Beitrag zur Daseinsvorsorge', description: '', weight: '35' }, { csrfFrom: entry });
      assert.equal(saved.statusCode, 303, 'before the deadline criteria change although applications are in');

      await rt.deps.db.execute(
        sql`update competition_calls set opens_at = now() - interval '60 days', closes_at = now() - interval '1 day' where id = ${callId}`,
      );
      const list = await editor.get(criteriaPath());
      assert.match(list.body, /nach dem Bewerbungsschluss nicht mehr ändern/);
      assert.doesNotMatch(list.body, /Kriterium hinzufügen/);
      const before = await criterionCount();
      const added = await editor.postForm(criteriaPath(), { title: 'Mut', description: '', weight: '5' }, { csrfFrom: criteriaPath() });
      assert.equal(added.statusCode, 400);
      assert.match(added.body, /nach dem Bewerbungsschluss nicht mehr ändern/);
      const changed = await editor.postForm(entry, { title: 'Daseinsvorsorge', description: '', weight: '50' }, { csrfFrom: criteriaPath() });
      assert.equal(changed.statusCode, 400);
      const deleted = await editor.postForm(`${entry}/loeschen`, {}, { csrfFrom: criteriaPath() });
      assert.equal(deleted.statusCode, 409);
      assert.match(deleted.body, /nach dem Bewerbungsschluss nicht mehr ändern/);
      assert.equal((await editor.postForm(`${entry}/verschieben`, { direction: 'runter' }, { csrfFrom: criteriaPath() })).statusCode, 409);
      assert.equal(await criterionCount(), before);
      const [row] = await queryRows<{ weight: number; position: number }>(
        rt.deps.db,
        sql`select weight, position from competition_criteria where id = ${criterion!.id}`,
      );
      assert.deepEqual([row!.weight, row!.position], [35, 1]);
    });
  });
});
