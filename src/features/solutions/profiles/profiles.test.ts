import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import { EDITOR_PATH, editSolutionPath, MY_SOLUTIONS_PATH, NEW_SOLUTION_PATH } from '../core/paths.ts';
import { findSolution } from '../core/repository.ts';
import { listVersions } from '../../versions/service.ts';
import { testOrganisationValues } from '../../../testing/test-organisation.ts';

/** Every field of the profile form, as a person fills it in. */
const profile = (changes: Record<string, string | string[]> = {}) => ({
  title: 'Digitaler Bauantrag',
  summary: 'Bauanträge online stellen und verfolgen.',
  problem: 'Papieranträge brauchen Wochen.',
  approach: 'Ein Onlinedienst mit Statusanzeige.',
  maturity: 'pilot',
  costOneOff: '25.000',
  costYearly: '1.250,50',
  effortPersonDays: '40',
  licence: 'EUPL-1.2',
  openSource: '1',
  repositoryUrl: 'https://gitlab.opencode.de/beispiel/bauantrag',
  dataUsed: '',
  accessibility: 'BITV 2.0 geprüft',
  dataProtection: '',
  operatorModel: 'Kommunaler Dienstleister',
  partners: '',
  contactName: 'Jana Beispiel',
  contactEmail: 'bauamt@beispiel.de',
  projectId: '',
  ...changes,
});

eachBackend('solutions: writing a profile and its review', (backend) => {
  let rt: TestRuntime;
  const clients = {} as Record<'manager' | 'otherManager' | 'member' | 'editor', TestClient>;
  let orgId = '';
  let solutionId = '';
  let field = '';
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    orgId = (await insertOrganisation(db, testOrganisationValues('gemeinde-profil-test', 'Gemeinde Profiltest', { population: 3000 })))!.id;
    const otherId = (await insertOrganisation(db, testOrganisationValues('gemeinde-andere-test', 'Gemeinde Andere', { population: 3000 })))!.id;
    const people = {
      manager: await createTestUser(rt.deps),
      otherManager: await createTestUser(rt.deps),
      member: await createTestUser(rt.deps),
      editor: await createTestUser(rt.deps, { siteRole: 'editor' }),
    };
    await insertMembership(db, { organisationId: orgId, userId: people.manager.id, role: 'manager', status: 'active' });
    await insertMembership(db, { organisationId: otherId, userId: people.otherManager.id, role: 'manager', status: 'active' });
    await insertMembership(db, { organisationId: orgId, userId: people.member.id, role: 'member', status: 'active' });
    for (const [role, person] of Object.entries(people)) {
      const client = new TestClient(rt.app);
      await client.login(person.email, TEST_PASSWORD);
      clients[role as keyof typeof clients] = client;
    }
    field = (await listFieldsOfAction(db))[0]!.slug;
  });
  after(async () => {
    await rt.close();
  });

  it('creates one draft however often the form is sent, and lists it under "Meine Lösungen"', async () => {
    const { manager } = clients;
    const fields = { organisationId: orgId, title: 'Digitaler Bauantrag', summary: 'Bauanträge online.' };
    const first = await manager.postForm(NEW_SOLUTION_PATH, fields);
    assert.equal(first.statusCode, 303);
    const again = await manager.postForm(NEW_SOLUTION_PATH, fields);
    assert.equal(again.location, first.location, 'a double submit lands where the first did');
    assert.equal(await count(sql`select count(*)::int as n from solutions`), 1);
    solutionId = first.location!.split('/').pop()!;
    const solution = await findSolution(rt.deps.db, solutionId);
    assert.equal(solution?.status, 'draft');
    assert.match((await manager.get(MY_SOLUTIONS_PATH)).body, /Digitaler Bauantrag/);
  });

  it('refuses an empty title with an error summary and stores nothing', async () => {
    const res = await clients.manager.postForm(NEW_SOLUTION_PATH, { organisationId: orgId, title: '', summary: 'Kurz.' }, { csrfFrom: NEW_SOLUTION_PATH });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Geben Sie einen Titel ein/);
    assert.equal(await count(sql`select count(*)::int as n from solutions`), 1);
  });

  it('saves every field, and refuses absurd costs, a plain http repository and an unknown field of action, keeping the input', async () => {
    const { manager } = clients;
    const path = editSolutionPath(solutionId);
    const saved = await manager.postForm(path, profile({ fieldsOfAction: [field], suitableTypes: ['gemeinde'], sizeBands: ['2000-10000'] }), {
      csrfFrom: path,
    });
    assert.equal(saved.statusCode, 303);
    const solution = (await findSolution(rt.deps.db, solutionId))!;
    assert.equal(solution.costOneOffCents, 2_500_000);
    assert.equal(solution.costYearlyCents, 125_050);
    assert.equal(solution.effortPersonDays, 40);
    assert.deepEqual(solution.fieldsOfAction, [field]);
    assert.equal(solution.openSource, true);

    const refusals: [Record<string, string | string[]>, RegExp][] = [
      [{ costOneOff: '-5' }, /nicht negativ/],
      [{ costYearly: '2.000.000.000' }, /höchstens eine Milliarde/],
      [{ effortPersonDays: '100001' }, /ganze Zahl von 0 bis 100.000/],
      [{ repositoryUrl: 'http://gitlab.example/bauantrag' }, /mit https:\/\/ beginnt/],
      [{ fieldsOfAction: ['gibt-es-nicht'] }, /Handlungsfelder aus der Liste/],
    ];
    for (const [changes, message] of refusals) {
      const res = await manager.postForm(path, profile({ title: 'Geänderter Titel', ...changes }), { csrfFrom: path });
      assert.equal(res.statusCode, 400, JSON.stringify(changes));
      assert.match(res.body, message);
      assert.match(res.body, /class="kern-alert kern-alert--danger|kern-error-summary|role="alert"/);
      assert.match(res.body, /value="Geänderter Titel"/, 'the input is kept');
    }
    assert.equal((await findSolution(rt.deps.db, solutionId))!.title, 'Digitaler Bauantrag', 'nothing stored');
    const versions = await listVersions(rt.deps.db, 'solution', solutionId);
    assert.deepEqual(
      versions.map((v) => v.fields.problem),
      ['Papieranträge brauchen Wochen.', ''],
      'the draft and the save with new texts are versions, newest first',
    );
  });

  it("answers 404 to another organisation's manager and to a member who does not manage it", async () => {
    for (const who of ['otherManager', 'member'] as const) {
      assert.equal((await clients[who].get(editSolutionPath(solutionId))).statusCode, 404, who);
      const res = await clients[who].postForm(editSolutionPath(solutionId), profile(), { csrfFrom: MY_SOLUTIONS_PATH });
      assert.equal(res.statusCode, 404, who);
      assert.equal((await clients[who].get(editSolutionPath(solutionId, 'dokumente'))).statusCode, 404, who);
    }
    assert.equal((await clients.member.get(EDITOR_PATH)).statusCode, 403);
    assert.equal((await clients.manager.get(`${EDITOR_PATH}/${solutionId}`)).statusCode, 403);
  });

  it('refuses a document of the wrong type and keeps nothing of it', async () => {
    const path = editSolutionPath(solutionId, 'dokumente');
    const form = await openMultipartForm(clients.manager, path, path);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await submitMultipart(
      rt.app,
      clients.manager,
      form,
      { title: 'Konzept' },
      { file: { name: 'konzept.pdf', content: png, type: 'application/pdf' } },
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /kein PDF-, ODT-, DOCX- oder XLSX-Dokument/);
    assert.equal(await count(sql`select count(*)::int as n from solution_documents`), 0);
    assert.equal(await count(sql`select count(*)::int as n from stored_files`), 0);
    const pdf = Buffer.from('%PDF-1.4\n% Konzept\ntrailer << >>\n%%EOF\n');
    const good = await submitMultipart(rt.app, clients.manager, form, { title: 'Konzept' }, { file: { name: 'konzept.pdf', content: pdf } });
    assert.equal(good.statusCode, 303);
    assert.equal(await count(sql`select count(*)::int as n from solution_documents`), 1);

    // a second document, then moved above the first
    const second = await openMultipartForm(clients.manager, path, path);
    const tender = Buffer.from('%PDF-1.4\n% Leistungsverzeichnis\ntrailer << >>\n%%EOF\n');
    assert.equal(
      (await submitMultipart(rt.app, clients.manager, second, { title: 'Leistungsverzeichnis' }, { file: { name: 'lv.pdf', content: tender } })).statusCode,
      303,
    );
    const titles = async () =>
      (await queryRows<{ title: string }>(rt.deps.db, sql`select title from solution_documents where solution_id = ${solutionId} order by position`)).map(
        (r) => r.title,
      );
    assert.deepEqual(await titles(), ['Konzept', 'Leistungsverzeichnis']);
    const [, lv] = await queryRows<{ id: string }>(rt.deps.db, sql`select id from solution_documents where solution_id = ${solutionId} order by position`);
    const move = `${path}/${lv!.id}/verschieben`;
    assert.equal((await clients.manager.postForm(move, { direction: 'seitwaerts' }, { csrfFrom: path })).statusCode, 400);
    assert.equal((await clients.manager.postForm(move, { direction: 'hoch' }, { csrfFrom: path })).statusCode, 303);
    assert.deepEqual(await titles(), ['Leistungsverzeichnis', 'Konzept']);
    assert.equal((await clients.otherManager.postForm(move, { direction: 'runter' }, { csrfFrom: MY_SOLUTIONS_PATH })).statusCode, 404);
    assert.deepEqual(await titles(), ['Leistungsverzeichnis', 'Konzept']);
  });

  it('goes to review, is published by an editor and found by the search, returned with a note, and archived', async () => {
    const { manager, editor } = clients;
    const search = async () => (await searchDocuments(rt.deps.db, { query: 'Bauantrag', types: ['solution'], page: 1, pageSize: 10 })).total;
    assert.equal((await manager.postForm(editSolutionPath(solutionId, 'einreichen'), {}, { csrfFrom: editSolutionPath(solutionId) })).statusCode, 303);
    assert.equal((await findSolution(rt.deps.db, solutionId))!.status, 'in_review');
    assert.match((await editor.get(EDITOR_PATH)).body, /Digitaler Bauantrag/);

    const review = `${EDITOR_PATH}/${solutionId}`;
    const noNote = await editor.postForm(review, { transition: 'draft', note: '' }, { csrfFrom: review });
    assert.equal(noNote.statusCode, 400, 'returning needs a note');
    assert.equal((await editor.postForm(review, { transition: 'publish', note: '' }, { csrfFrom: review })).statusCode, 303);
    const published = (await findSolution(rt.deps.db, solutionId))!;
    assert.equal(published.status, 'published');
    assert.ok(published.publishedAt);
    assert.equal(await search(), 1);

    // An owner's change of a published solution waits beside it: the public keeps the checked text.
    const form = editSolutionPath(solutionId);
    const pending = profile({ title: 'Digitaler Bauantrag für alle', maturity: 'operation' });
    assert.equal((await manager.postForm(form, pending, { csrfFrom: form })).statusCode, 303);
    const waiting = (await findSolution(rt.deps.db, solutionId))!;
    assert.equal(waiting.status, 'published');
    assert.equal(waiting.title, 'Digitaler Bauantrag');
    assert.equal(waiting.pendingChanges?.title, 'Digitaler Bauantrag für alle');
    assert.ok(waiting.pendingSince);
    assert.equal(await search(), 1, 'still found as published');
    assert.match((await new TestClient(rt.app).get(`/loesungen/${published.slug}`)).body, /<h1[^>]*>Digitaler Bauantrag<\/h1>/);
    assert.match((await manager.get(form)).body, /value="Digitaler Bauantrag für alle"/, 'the owners go on from their changes');
    const queue = (await editor.get(EDITOR_PATH)).body;
    assert.ok(queue.indexOf('Digitaler Bauantrag') < queue.indexOf('Alle Lösungen'), 'the changes wait in the editors’ queue');
    const reviewBody = (await editor.get(review)).body;
    assert.match(reviewBody, /Änderungen der Organisation/);
    assert.match(reviewBody, /<td[^>]*>Reifegrad<\/td><td[^>]*>Pilot<\/td><td[^>]*>Regelbetrieb<\/td>/);

    assert.equal((await editor.postForm(review, { transition: 'returnChanges', note: '' }, { csrfFrom: review })).statusCode, 400, 'returning needs a note');
    assert.equal((await editor.postForm(review, { transition: 'returnChanges', note: 'Bitte den Titel kürzer.' }, { csrfFrom: review })).statusCode, 303);
    const givenBack = (await findSolution(rt.deps.db, solutionId))!;
    assert.equal(givenBack.pendingSince, null);
    assert.equal(givenBack.pendingChanges?.title, 'Digitaler Bauantrag für alle', 'the owners keep their work');
    assert.doesNotMatch((await editor.get(EDITOR_PATH)).body.split('Alle Lösungen')[0]!, /Digitaler Bauantrag/);
    await rt.runJobs();
    assert.ok(rt.mails.some((m) => m.text.includes('Bitte den Titel kürzer.') && m.text.includes('öffentlich bleibt die bisherige Fassung')));

    // saved again, then published: the changes become the public profile, found by the search
    const revised = profile({ title: 'Digitaler Bauantrag', maturity: 'operation' });
    assert.equal((await manager.postForm(form, revised, { csrfFrom: form })).statusCode, 303);
    assert.ok((await findSolution(rt.deps.db, solutionId))!.pendingSince, 'back in the queue');
    assert.equal((await editor.postForm(review, { transition: 'publishChanges', note: '' }, { csrfFrom: review })).statusCode, 303);
    const applied = (await findSolution(rt.deps.db, solutionId))!;
    assert.equal(applied.maturity, 'operation');
    assert.equal(applied.pendingChanges, null);
    assert.equal(applied.publishedAt?.getTime(), published.publishedAt!.getTime());
    assert.equal((await editor.postForm(review, { transition: 'publishChanges', note: '' }, { csrfFrom: review })).statusCode, 303, 'a second click');
    assert.equal(await search(), 1);
    // saving what is public already leaves nothing to check
    assert.equal((await manager.postForm(form, revised, { csrfFrom: form })).statusCode, 303);
    assert.equal((await findSolution(rt.deps.db, solutionId))!.pendingChanges, null);

    const returned = await editor.postForm(review, { transition: 'draft', note: 'Bitte die Kosten erläutern.' }, { csrfFrom: review });
    assert.equal(returned.statusCode, 303);
    assert.equal((await findSolution(rt.deps.db, solutionId))!.status, 'draft');
    await rt.runJobs();
    assert.ok(
      rt.mails.some((m) => m.text.includes('Bitte die Kosten erläutern.')),
      'the managers hear the note',
    );

    await manager.postForm(editSolutionPath(solutionId, 'einreichen'), {}, { csrfFrom: editSolutionPath(solutionId) });
    await editor.postForm(review, { transition: 'publish', note: '' }, { csrfFrom: review });
    assert.equal((await findSolution(rt.deps.db, solutionId))!.publishedAt?.getTime(), published.publishedAt!.getTime(), 'published once');
    assert.equal((await editor.postForm(review, { transition: 'archive', note: '' }, { csrfFrom: review })).statusCode, 303);
    assert.equal((await findSolution(rt.deps.db, solutionId))!.status, 'archived');
    assert.equal(await search(), 0);
  });

  it('compares versions for owners and editors, and restores an older one as the newest, once per click', async () => {
    const { manager, editor } = clients;
    const page = editSolutionPath(solutionId, 'versionen');
    const own = await manager.get(page);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Version 3 und 4 im Vergleich/);
    assert.match(own.body, /Entfernt: <\/span>- Digitaler Bauantrag für alle/);
    assert.match((await manager.get(`${page}?von=1&bis=2`)).body, /Hinzugefügt: <\/span>\+ Papieranträge brauchen Wochen\./);
    assert.match(own.body, /Diese Version wiederherstellen/);
    const editors = await editor.get(page);
    assert.equal(editors.statusCode, 200);
    assert.doesNotMatch(editors.body, /Diese Version wiederherstellen/, 'editors compare, the owners restore');
    for (const who of ['otherManager', 'member'] as const) assert.equal((await clients[who].get(page)).statusCode, 404, who);
    assert.equal((await manager.get(`${page}?von=99`)).statusCode, 404);

    const restore = editSolutionPath(solutionId, 'wiederherstellen');
    assert.equal((await manager.postForm(restore, { version: 'eins' }, { csrfFrom: page })).statusCode, 400);
    assert.equal((await manager.postForm(restore, { version: '99' }, { csrfFrom: page })).statusCode, 404);
    const submission = /name="_submission" value="([^"]+)"/.exec((await manager.get(page)).body)![1]!;
    for (let click = 0; click < 2; click++) {
      const res = await manager.postForm(restore, { version: '1', _submission: submission }, { csrfFrom: page });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, page);
    }
    const versions = await listVersions(rt.deps.db, 'solution', solutionId);
    assert.equal(versions.length, 5, 'a second click restores nothing more');
    assert.deepEqual(versions[0]!.fields, versions.at(-1)!.fields, 'the newest version holds the texts of the first');
    assert.equal((await findSolution(rt.deps.db, solutionId))!.problem, '');
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'solutions.restore'`), 1);
  });
});
