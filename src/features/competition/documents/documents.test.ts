import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart, type FilePart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { callDocumentPath, callPath, editorCallPath, editorDocumentsPath } from '../core/paths.ts';
import { insertCall, updateCallRow } from '../core/repository.ts';
import { listCallDocuments } from './repository.ts';

/** The smallest file the store takes for a PDF: the signature decides, not the name. */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function call(slug: string) {
  return {
    slug,
    title: `Aufruf ${slug}`,
    summary: 'Kommunen bewerben sich.',
    description: 'Gefördert werden digitale Vorhaben.',
    eligibleTypes: ['gemeinde'],
    agsPrefix: null,
    populationMin: null,
    populationMax: null,
    jointApplications: false,
    opensAt: new Date('2026-01-01T08:00:00Z'),
    closesAt: new Date('2099-02-26T22:59:00Z'),
    maxAmountCents: 10_000_000,
    totalBudgetCents: 50_000_000,
    ownSharePercent: 10,
    fundingStart: '2099-07-01',
    fundingEnd: '2100-12-31',
    blindReview: false,
    fieldsOfAction: [],
    contact: '',
    createdBy: null,
  };
}

eachBackend('competition: documents of a call', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  const ids = { open: '', other: '', draft: '' };
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const storedFiles = () => count(sql`select count(*)::int as n from stored_files`);
  const titles = async (callId: string) => (await listCallDocuments(rt.deps.db, callId)).map((d) => d.title);
  const upload = async (callId: string, title: string, file: FilePart | undefined) => {
    const form = await openMultipartForm(editor, editorDocumentsPath(callId), editorDocumentsPath(callId));
    return { form, res: await submitMultipart(rt.app, editor, form, { title }, { file }) };
  };
  const download = (url: string) => rt.app.inject({ method: 'GET', url, headers: { host: 'localhost' } });

  before(async () => {
    rt = await createTestRuntime(backend);
    for (const [key, slug] of [
      ['open', 'unterlagen-offen-2099'],
      ['other', 'unterlagen-anderer-2099'],
      ['draft', 'unterlagen-entwurf-2099'],
    ] as const) {
      ids[key] = (await insertCall(rt.deps.db, call(slug))).id;
      if (key !== 'draft') await updateCallRow(rt.deps.db, ids[key], { status: 'published', publishedAt: new Date() });
    }
    const person = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(person.email, TEST_PASSWORD);
  });
  after(async () => {
    await rt.close();
  });

  it('uploads a document once however often the form is sent, lists it and serves its bytes to everyone', async () => {
    const bytes = pdf('Förderaufruf');
    const { form, res } = await upload(ids.open, 'Förderaufruf', { name: 'Förderaufruf 2099.pdf', content: bytes, type: 'application/pdf' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, editorDocumentsPath(ids.open));
    const again = await submitMultipart(rt.app, editor, form, { title: 'Förderaufruf' }, { file: { name: 'Förderaufruf 2099.pdf', content: bytes } });
    assert.equal(again.statusCode, 303, 'a double submit lands where the first did');
    assert.deepEqual(await titles(ids.open), ['Förderaufruf']);
    assert.equal(await storedFiles(), 1, 'the second upload’s file is not kept');

    const list = (await editor.get(editorDocumentsPath(ids.open))).body;
    assert.match(list, /PDF, \d+ B/);
    assert.match((await editor.get(editorCallPath(ids.open))).body, /Unterlagen zum Aufruf<\/a>: 1 Dokument/);

    const [document] = await listCallDocuments(rt.deps.db, ids.open);
    const page = await new TestClient(rt.app).get(callPath('unterlagen-offen-2099'));
    assert.match(page.body, /<h2[^>]*id="unterlagen"[^>]*>Unterlagen zum Aufruf<\/h2>/);
    assert.ok(page.body.includes(`href="${callDocumentPath('unterlagen-offen-2099', document!.id)}">Förderaufruf (PDF, ${bytes.length} B)</a>`));
    const file = await download(callDocumentPath('unterlagen-offen-2099', document!.id));
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''F%C3%B6rderaufruf%202099\.pdf$/);
    assert.deepEqual(file.rawPayload, bytes);
    const other = (await new TestClient(rt.app).get(callPath('unterlagen-anderer-2099'))).body;
    assert.doesNotMatch(other, /Unterlagen zum Aufruf/, 'a call without documents shows no such section');
  });

  it('refuses a wrong type, a missing title or file and the same file again with the error summary, the title kept and nothing stored', async () => {
    const before = await storedFiles();
    let { res } = await upload(ids.open, 'Hinweise', { name: 'hinweise.pdf', content: PNG, type: 'application/pdf' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Es gibt ein Problem/);
    assert.match(res.body, /PDF-, ODT-, DOCX- oder XLSX-Dokument/);
    assert.match(res.body, /value="Hinweise"/);
    ({ res } = await upload(ids.open, 'Hinweise', { name: 'hinweise.pdf', content: Buffer.from('Nur Text, kein PDF.\n') }));
    assert.equal(res.statusCode, 400);

    ({ res } = await upload(ids.open, '  ', { name: 'hinweise.pdf', content: pdf('Hinweise') }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<a href="#f-title">Geben Sie einen Titel ein\.<\/a>/);
    assert.match(res.body, /Wählen Sie die Datei „hinweise\.pdf“ noch einmal aus/);
    ({ res } = await upload(ids.open, 'Hinweise', undefined));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<a href="#f-file">Wählen Sie eine Datei aus\.<\/a>/);
    assert.match(res.body, /value="Hinweise"/);

    ({ res } = await upload(ids.open, 'Noch einmal', { name: 'kopie.pdf', content: pdf('Förderaufruf') }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Diese Datei gehört schon zu den Unterlagen des Aufrufs: „Förderaufruf“/);
    assert.equal(await storedFiles(), before, 'no refused file is kept');
    assert.deepEqual(await titles(ids.open), ['Förderaufruf']);

    const plain = await editor.postForm(editorDocumentsPath(ids.open), { title: 'Ohne Datei' });
    assert.equal(plain.statusCode, 400, 'a form that is not multipart is no person’s mistake, but no server error either');
  });

  it('answers 404 for a document under another call and for a draft call’s document to everyone but the editors', async () => {
    assert.equal((await upload(ids.other, 'Anderer Aufruf', { name: 'anderer.pdf', content: pdf('anderer') })).res.statusCode, 303);
    const [foreign] = await listCallDocuments(rt.deps.db, ids.other);
    const under = `${editorDocumentsPath(ids.open)}/${foreign!.id}`;
    assert.equal((await editor.postForm(`${under}/entfernen`, {}, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 404);
    assert.equal((await editor.postForm(`${under}/verschieben`, { direction: 'hoch' }, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 404);
    assert.equal((await download(callDocumentPath('unterlagen-offen-2099', foreign!.id))).statusCode, 404);
    assert.deepEqual(await titles(ids.other), ['Anderer Aufruf']);

    assert.equal((await upload(ids.draft, 'Entwurf', { name: 'entwurf.pdf', content: pdf('Entwurf') })).res.statusCode, 303);
    assert.match((await editor.get(editorDocumentsPath(ids.draft))).body, /noch nicht veröffentlicht/);
    const [draft] = await listCallDocuments(rt.deps.db, ids.draft);
    const url = callDocumentPath('unterlagen-entwurf-2099', draft!.id);
    assert.equal((await download(url)).statusCode, 404);
    const preview = await editor.get(url);
    assert.equal(preview.statusCode, 200, 'editors open it from their list');
    assert.equal(preview.headers['cache-control'], 'private, no-store');
  });

  it('moves and removes documents, with entries in the audit log', async () => {
    assert.equal((await upload(ids.open, 'Hinweise zur Antragstellung', { name: 'hinweise.pdf', content: pdf('Hinweise') })).res.statusCode, 303);
    const [, second] = await listCallDocuments(rt.deps.db, ids.open);
    const at = `${editorDocumentsPath(ids.open)}/${second!.id}`;
    assert.equal((await editor.postForm(`${at}/verschieben`, { direction: 'hoch' }, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 303);
    assert.deepEqual(await titles(ids.open), ['Hinweise zur Antragstellung', 'Förderaufruf']);
    assert.equal((await editor.postForm(`${at}/verschieben`, { direction: 'seitwärts' }, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 400);

    assert.equal((await editor.postForm(`${at}/entfernen`, {}, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 303);
    assert.deepEqual(await titles(ids.open), ['Förderaufruf']);
    assert.equal(await rt.deps.files.info(second!.fileId), undefined, 'the file goes with the document');
    assert.equal((await download(callDocumentPath('unterlagen-offen-2099', second!.id))).statusCode, 404);
    assert.equal((await editor.postForm(`${at}/entfernen`, {}, { csrfFrom: editorDocumentsPath(ids.open) })).statusCode, 404, 'removed already');

    const actions = await queryRows<{ action: string; n: number }>(
      rt.deps.db,
      sql`select action, count(*)::int as n from audit_log where subject_id = ${ids.open} and action like 'competition.document.%' group by action order by action`,
    );
    assert.deepEqual(
      actions.map((a) => [a.action, a.n]),
      [
        ['competition.document.add', 2],
        ['competition.document.move', 1],
        ['competition.document.remove', 1],
      ],
    );
  });
});
