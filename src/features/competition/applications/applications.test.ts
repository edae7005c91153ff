import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { inCI } from '../../../platform/testing/ci.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation, type OrganisationValues } from '../../organisations/repository.ts';
import { applicantStatus, canDecide, canTransition, canWithdraw } from '../core/application-states.ts';
import { APPLICATION_STATUSES } from '../core/application-tables.ts';
import { insertFormSection, insertQuestion } from '../core/form-repository.ts';
import { insertCall, updateCallRow } from '../core/repository.ts';
import { submitApplication } from './submit-application.ts';

const noPdfTools = spawnSync('pdftotext', ['-v']).error !== undefined;
const pdfSkip = noPdfTools && !inCI && 'pdftotext not installed (apt-get install poppler-utils)';

/** The PDF's text as pdftotext reads it, no-break spaces as plain ones. */
function pdfText(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `dk-receipt-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function organisation(slug: string, name: string, overrides: Partial<OrganisationValues> = {}): OrganisationValues {
  return {
    slug,
    name,
    type: 'gemeinde',
    ags: '01057033',
    amtsschluessel: null,
    ars: null,
    street: null,
    postcode: null,
    town: name.replace(/^Gemeinde /, ''),
    website: null,
    description: null,
    population: 1400,
    ...overrides,
  };
}

eachBackend('competition: applications', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let managerId: string;
  let editor: TestClient;
  let callId: string;
  let orgId: string;
  let partnerOrgId: string;
  let partnerManager: TestClient;
  let applicationId: string;
  const closesAt = new Date('2099-02-26T22:59:00Z');
  const questions: Record<string, string> = {};
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const at = (page?: string) => `/wettbewerb/bewerbungen/${applicationId}${page ? `/${page}` : ''}`;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const call = await insertCall(db, {
      slug: 'digitale-doerfer-2099',
      title: 'Digitale Dörfer 2099',
      summary: 'Gemeinden in Schleswig-Holstein bewerben sich.',
      description: 'Gefördert werden digitale Dorfprojekte.',
      eligibleTypes: ['gemeinde', 'amt'],
      agsPrefix: '01',
      populationMin: null,
      populationMax: 10_000,
      jointApplications: true,
      opensAt: new Date('2026-01-01T08:00:00Z'),
      closesAt,
      maxAmountCents: 5_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-12-31',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    callId = call.id;
    await updateCallRow(db, callId, { status: 'published', publishedAt: new Date() });
    const goals = await insertFormSection(db, { callId, position: 0, title: 'Ausgangslage und Ziele', intro: 'Was soll sich für die Menschen im Ort ändern?' });
    questions.problem = (
      await insertQuestion(db, { sectionId: goals.id, position: 0, kind: 'longText', label: 'Welches Problem lösen Sie?', maxLength: 400 })
    ).id;
    questions.field = (
      await insertQuestion(db, { sectionId: goals.id, position: 1, kind: 'choice', label: 'Handlungsfeld', options: ['Daseinsvorsorge', 'Mobilität'] })
    ).id;
    questions.reuse = (await insertQuestion(db, { sectionId: goals.id, position: 2, kind: 'yesNo', label: 'Können andere Kommunen es nachnutzen?' })).id;
    questions.note = (await insertQuestion(db, { sectionId: goals.id, position: 3, kind: 'text', label: 'Anmerkung', required: false })).id;
    questions.section = goals.id;

    const own = await insertOrganisation(db, organisation('gemeinde-bordesholm-test', 'Gemeinde Bordesholm'));
    const partner = await insertOrganisation(
      db,
      organisation('amt-bordesholm-test', 'Amt Bordesholm', { type: 'amt', ags: null, amtsschluessel: '010585809', population: 14_000 }),
    );
    orgId = own!.id;
    partnerOrgId = partner!.id;
    const person = await createTestUser(rt.deps, { email: 'buergermeister@bordesholm.example' });
    managerId = person.id;
    await insertMembership(db, { organisationId: orgId, userId: person.id, role: 'manager', status: 'active' });
    manager = new TestClient(rt.app);
    assert.equal((await manager.login(person.email, TEST_PASSWORD)).statusCode, 303);
    const amtPerson = await createTestUser(rt.deps, { email: 'amtsdirektorin@bordesholm.example' });
    await insertMembership(db, { organisationId: partnerOrgId, userId: amtPerson.id, role: 'manager', status: 'active' });
    partnerManager = new TestClient(rt.app);
    await partnerManager.login(amtPerson.email, TEST_PASSWORD);
    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(editorPerson.email, TEST_PASSWORD);
  });
  after(async () => rt.close());

  it('starts one application per organisation from the call page, however often the button is pressed', async () => {
    const page = await manager.get('/wettbewerb/digitale-doerfer-2099');
    assert.match(page.body, /Bewerbung starten/);
    const first = await manager.postForm('/wettbewerb/digitale-doerfer-2099/bewerbung', { organisationId: orgId });
    assert.equal(first.statusCode, 303);
    applicationId = first.location!.split('/').pop()!;
    const again = await manager.postForm(
      '/wettbewerb/digitale-doerfer-2099/bewerbung',
      { organisationId: orgId },
      { csrfFrom: '/wettbewerb/digitale-doerfer-2099' },
    );
    assert.equal(again.location, first.location, 'the second press continues the same application');
    assert.equal(await count(sql`select count(*)::int as n from competition_applications`), 1);
    assert.match((await manager.get('/wettbewerb/digitale-doerfer-2099')).body, /Bewerbung von Gemeinde Bordesholm fortsetzen/);

    // an organisation the person does not manage, and one that is not eligible
    const refused = await manager.postForm(
      '/wettbewerb/digitale-doerfer-2099/bewerbung',
      { organisationId: partnerOrgId },
      { csrfFrom: '/wettbewerb/digitale-doerfer-2099' },
    );
    assert.equal(refused.statusCode, 404);
    const tooLarge = await partnerManager.postForm(
      '/wettbewerb/digitale-doerfer-2099/bewerbung',
      { organisationId: partnerOrgId },
      { csrfFrom: '/wettbewerb/digitale-doerfer-2099' },
    );
    assert.equal(tooLarge.statusCode, 400, 'the Amt has more inhabitants than the call allows');
  });

  it('shows the task list with every task not started, and the way to submit closed', async () => {
    const list = await manager.get(at());
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /0 von 3 Aufgaben erledigt/);
    assert.match(list.body, /Ausgangslage und Ziele/);
    assert.match(list.body, /Noch nicht möglich/);
    assert.doesNotMatch(list.body, /href="[^"]*\/pruefen"/, 'no link to submit while tasks are open');
  });

  it('keeps a half-done page as "in Bearbeitung" and refuses answers over a limit without storing anything', async () => {
    let res = await manager.postForm(at('vorhaben'), { title: 'Digitales Dorfbüro Bordesholm', summary: '' });
    assert.equal(res.statusCode, 303);
    assert.match((await manager.get(at())).body, /Es fehlen noch Pflichtangaben/);

    res = await manager.postForm(at(`abschnitt/${questions.section}`), {
      [`q-${questions.problem}`]: 'x'.repeat(401),
      [`q-${questions.field}`]: 'Daseinsvorsorge',
      [`q-${questions.reuse}`]: 'ja',
      [`q-${questions.note}`]: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /höchstens 400 Zeichen/);
    assert.match(res.body, /value="Daseinsvorsorge" checked/, 'the choice made is kept');
    assert.equal(await count(sql`select count(*)::int as n from competition_answers`), 0, 'nothing stored half');

    res = await manager.postForm(at(`abschnitt/${questions.section}`), { [`q-${questions.field}`]: 'Tourismus' });
    assert.equal(res.statusCode, 400, 'an option the question does not have');

    res = await manager.postForm(at(`abschnitt/${questions.section}`), {
      [`q-${questions.problem}`]: 'Im Ort gibt es keine Sprechstunde der Verwaltung mehr.',
      [`q-${questions.field}`]: 'Daseinsvorsorge',
    });
    assert.equal(res.statusCode, 303);
    const list = await manager.get(at());
    assert.match(list.body, /Es fehlen noch Pflichtangaben/, 'the yes/no question is still open');
    assert.match(list.body, /In Bearbeitung/);
  });

  it('explains wrong amounts and a year outside the funding period, and stores a cost item once on a double submit', async () => {
    const items = () => count(sql`select count(*)::int as n from competition_budget_items`);
    const bad = async (fields: Record<string, string>, message: RegExp) => {
      const res = await manager.postForm(at('finanzplan'), { category: 'personnel', year: '2099', description: 'Projektkoordination', ...fields });
      assert.equal(res.statusCode, 400, res.body.slice(0, 200));
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, message);
      assert.match(res.body, /value="Projektkoordination"/, 'the input is kept');
      assert.equal(await items(), 0);
    };
    await bad({ amount: '12 Tausend' }, /nur mit Ziffern/);
    await bad({ amount: '-500' }, /nicht negativ/);
    await bad({ amount: '1.200,555' }, /höchstens zwei Stellen/);
    await bad({ amount: '1.200', year: '2098' }, /Jahr des Förderzeitraums/);

    const fields = { category: 'personnel', year: '2099', description: 'Projektkoordination, halbe Stelle', amount: '30.000' };
    assert.equal((await manager.postForm(at('finanzplan'), fields)).statusCode, 303);
    assert.equal((await manager.postForm(at('finanzplan'), fields)).statusCode, 303, 'the second click');
    assert.equal(await items(), 1);

    // 60.000 € of costs less 10 % own share asks for 54.000 €, over the call's 50.000 €
    await manager.postForm(
      at('finanzplan'),
      { category: 'equipment', year: '2100', description: 'Tablets und Drucker fürs Dorfbüro', amount: '30.000' },
      { csrfFrom: at('finanzplan') },
    );
    const page = await manager.get(at('finanzplan'));
    assert.match(page.body, /54\.000\s€ übersteigt den Höchstbetrag von 50\.000\s€/);
    assert.match((await manager.get(at())).body, /href="[^"]*\/finanzplan"[^>]*>\s*<span>Finanzplan<\/span>[\s\S]*?In Bearbeitung/);
  });

  it('invites a partner, who confirms on the platform; until then the application cannot go in', async () => {
    const res = await manager.postForm(at('partner'), { organisationId: partnerOrgId, part: 'Das Amt stellt die Räume und betreut die Sprechstunde.' });
    assert.equal(res.statusCode, 303);
    const self = await manager.postForm(at('partner'), { organisationId: orgId, part: 'Wir selbst.' }, { csrfFrom: at('partner') });
    assert.equal(self.statusCode, 400);
    assert.match(self.body, /eigene Organisation kann nicht Partner sein/);

    const invitations = await partnerManager.get('/wettbewerb/bewerbungen');
    assert.match(invitations.body, /Gemeinde Bordesholm: Digitales Dorfbüro Bordesholm/);
    const outsider = new TestClient(rt.app);
    const someone = await createTestUser(rt.deps);
    await outsider.login(someone.email, TEST_PASSWORD);
    assert.equal((await outsider.get(at(`einladung/${partnerOrgId}`))).statusCode, 404, 'only the invited organisation answers');
    assert.equal((await partnerManager.get(at())).statusCode, 404, 'a partner does not see the whole application');
    assert.equal((await manager.postForm(at(`einladung/${partnerOrgId}`), { answer: 'confirmed' }, { csrfFrom: at() })).statusCode, 404);
    assert.equal((await partnerManager.postForm(at(`einladung/${partnerOrgId}`), { answer: 'confirmed' })).statusCode, 303);
    assert.match((await partnerManager.get(at(`einladung/${partnerOrgId}`))).body, /hat geantwortet: Bestätigt/);
  });

  it('checks the type of an attachment by its content and keeps a good one', async () => {
    const form = await openMultipartForm(manager, at('anlagen'), at('anlagen'));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    let res = await submitMultipart(
      rt.app,
      manager,
      form,
      { kind: 'councilDecision' },
      { file: { name: 'beschluss.pdf', content: png, type: 'application/pdf' } },
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /PDF-, ODT- oder DOCX-Dokument/);
    assert.equal(await count(sql`select count(*)::int as n from stored_files`), 0, 'the refused file is not kept');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const handMade = await submitMultipart(
      rt.app,
      manager,
      await openMultipartForm(manager, at('anlagen'), at('anlagen')),
      { kind: 'councilDecision', admin: 'ja' },
      { file: { name: 'beschluss.pdf', content: pdf } },
    );
    assert.equal(handMade.statusCode, 400, 'a form with a field the page does not have');
    assert.equal(await count(sql`select count(*)::int as n from stored_files`), 0, 'nor is the file of a hand-made form');
    res = await submitMultipart(
      rt.app,
      manager,
      await openMultipartForm(manager, at('anlagen'), at('anlagen')),
      { kind: 'councilDecision' },
      {
        file: { name: 'Beschluss Gemeindevertretung.pdf', content: pdf },
      },
    );
    assert.equal(res.statusCode, 303);
    assert.match((await manager.get(at('anlagen'))).body, /Beschluss Gemeindevertretung\.pdf/);
  });

  it('submits only a complete application with the declaration, gives a reference and sends the receipt with the PDF', { skip: pdfSkip }, async () => {
    let res = await manager.get(at('pruefen'));
    assert.match(res.body, /kann noch nicht eingereicht werden/);
    assert.match(res.body, /Titel und Kurzbeschreibung des Vorhabens fehlen/);
    assert.match(res.body, /Finanzplan ist nicht vollständig oder übersteigt den Höchstbetrag/);
    assert.equal((await manager.postForm(at('absenden'), { declaration: '1' }, { csrfFrom: at() })).statusCode, 409, 'incomplete: nothing submitted');

    await manager.postForm(at('vorhaben'), {
      title: 'Digitales Dorfbüro Bordesholm',
      summary: 'Ein Dorfbüro mit Videosprechstunde der Amtsverwaltung, zweimal in der Woche.',
    });
    await manager.postForm(at(`abschnitt/${questions.section}`), {
      [`q-${questions.problem}`]: 'Im Ort gibt es keine Sprechstunde der Verwaltung mehr.',
      [`q-${questions.field}`]: 'Daseinsvorsorge',
      [`q-${questions.reuse}`]: 'ja',
    });
    const items = await queryRows<{ id: string }>(rt.deps.db, sql`select id from competition_budget_items where category = 'equipment'`);
    await manager.postForm(at(`finanzplan/${items[0]!.id}/entfernen`), {}, { csrfFrom: at('finanzplan') });
    await manager.postForm(
      at('finanzplan'),
      { category: 'equipment', year: '2100', description: 'Tablets und Drucker fürs Dorfbüro', amount: '12.345,67' },
      { csrfFrom: at('finanzplan') },
    );

    res = await manager.get(at('pruefen'));
    assert.doesNotMatch(res.body, /kann noch nicht eingereicht werden/);
    assert.match(res.body, /Welches Problem lösen Sie\?/);
    const without = await manager.postForm(at('absenden'), {});
    assert.equal(without.statusCode, 400);
    assert.match(without.body, /Bestätigen Sie die Erklärung/);

    res = await manager.postForm(at('absenden'), { declaration: '1' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, at('eingereicht'));
    const done = await manager.get(at('eingereicht'));
    assert.match(done.body, /WB-2099-0001/);
    assert.equal((await manager.postForm(at('absenden'), { declaration: '1' }, { csrfFrom: at('pruefen') })).location, at('eingereicht'), 'a second click');

    await rt.runJobs();
    await rt.runJobs();
    const mail = rt.mails.find((m) => m.subject.includes('WB-2099-0001'));
    assert.ok(mail, 'the receipt went out');
    assert.equal(mail.to, 'buergermeister@bordesholm.example');
    const attachment = mail.attachments?.find((a) => a.contentType === 'application/pdf');
    assert.ok(attachment, 'with the PDF');
    const text = pdfText(Buffer.from(attachment.content, 'base64'));
    assert.match(text, /Bewerbung WB-2099-0001/);
    assert.match(text, /Digitales Dorfbüro Bordesholm/);
    assert.match(text, /Welches Problem lösen Sie\?/);
    assert.match(text, /Im Ort gibt es keine Sprechstunde/);
    assert.match(text, /Tablets und Drucker fürs Dorfbüro\s+12\.345,67 €/);
    assert.match(text, /Gesamtkosten\s+42\.345,67 €/);
    assert.match(text, /Amt Bordesholm/);

    const download = await manager.get(at('eingangsbestaetigung.pdf'));
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.match(String(download.headers['cache-control']), /private|no-store/);
  });

  it('freezes a submitted application: every change is refused with a clear message and nothing changes', async () => {
    const res = await manager.postForm(at('vorhaben'), { title: 'Anders', summary: 'Anders.' }, { csrfFrom: at('vorhaben') });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /eingereicht und kann nicht mehr geändert werden/);
    const budget = await manager.postForm(
      at('finanzplan'),
      { category: 'other', year: '2099', description: 'Nachtrag', amount: '100' },
      { csrfFrom: at('finanzplan') },
    );
    assert.equal(budget.statusCode, 409);
    const rows = await queryRows<{ title: string; n: number }>(
      rt.deps.db,
      sql`select title, (select count(*)::int from competition_budget_items) as n from competition_applications where id = ${applicationId}`,
    );
    assert.deepEqual(rows[0], { title: 'Digitales Dorfbüro Bordesholm', n: 2 });
  });

  it('keeps applicants and editors apart: no other person reads an application, editors see only submitted ones', async () => {
    const anonymous = await new TestClient(rt.app).get(at());
    assert.equal(anonymous.statusCode, 303, 'to the login');
    const member = await createTestUser(rt.deps);
    await insertMembership(rt.deps.db, { organisationId: orgId, userId: member.id, role: 'member', status: 'active' });
    const memberClient = new TestClient(rt.app);
    await memberClient.login(member.email, TEST_PASSWORD);
    assert.equal((await memberClient.get(at())).statusCode, 404, 'a member who does not manage the organisation');
    assert.equal((await editor.get(at())).statusCode, 404, 'editors read applications on their own pages');
    assert.equal((await editor.get(at('eingangsbestaetigung.pdf'))).statusCode, 404);

    const list = await editor.get(`/verwaltung/wettbewerb/${callId}/bewerbungen`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /WB-2099-0001/);
    assert.equal((await manager.get(`/verwaltung/wettbewerb/${callId}/bewerbungen`)).statusCode, 403);
    const csv = await editor.get(`/verwaltung/wettbewerb/${callId}/bewerbungen.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.equal(csv.headers['cache-control'], 'private, no-store');
    assert.match(csv.body, /^\uFEFF?Aktenzeichen;Organisation;Vorhaben;Eingereicht am;Stand;Gesamtkosten \(EUR\);Beantragt \(EUR\);Bewilligt \(EUR\)/);
    assert.match(csv.body, /WB-2099-0001;[^\n]*;Eingereicht;/);
    const xlsx = await editor.get(`/verwaltung/wettbewerb/${callId}/bewerbungen.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal((await manager.get(`/verwaltung/wettbewerb/${callId}/bewerbungen.csv`)).statusCode, 403);
  });

  it('lets editors query an application, the applicant reply, and then find it complete', async () => {
    const page = `/verwaltung/wettbewerb/${callId}/bewerbungen/${applicationId}`;
    const empty = await editor.postForm(page, { outcome: 'queried', note: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Schreiben Sie die Rückfrage oder die Begründung/);
    assert.equal((await editor.postForm(page, { outcome: 'queried', note: 'Bitte reichen Sie den Beschluss der Gemeindevertretung nach.' })).statusCode, 303);
    await rt.runJobs();
    const query = rt.mails.find((m) => m.subject.startsWith('Rückfrage zu Ihrer Bewerbung WB-2099-0001'));
    assert.ok(query);
    assert.match(query.text, /Beschluss der Gemeindevertretung nach/);

    const list = await manager.get(at());
    assert.match(list.body, /Rückfrage der Redaktion/);
    assert.equal((await manager.postForm(at('rueckfrage'), { reply: 'Der Beschluss vom 12. März ist als Anlage beigefügt.' })).statusCode, 303);
    assert.match((await editor.get(page)).body, /Der Beschluss vom 12\. März/);
    assert.equal((await editor.postForm(page, { outcome: 'eligible', note: '' })).statusCode, 303);
    assert.equal((await editor.postForm(page, { outcome: 'eligible', note: '' }, { csrfFrom: page })).statusCode, 303, 'sent twice');
    const ineligible = await editor.postForm(page, { outcome: 'ineligible', note: 'Zu spät.' }, { csrfFrom: page });
    assert.equal(ineligible.statusCode, 409, 'a complete application is not screened again');
    assert.match(ineligible.body, /geprüft oder nicht mehr im Verfahren/);
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action like 'competition.application.screen.%'`), 2);
  });

  it('lets the applicant withdraw until the decision, once', async () => {
    assert.match((await manager.get(at('zurueckziehen'))).body, /WB-2099-0001/);
    assert.equal((await manager.postForm(at('zurueckziehen'), {})).statusCode, 303);
    assert.equal((await manager.postForm(at('zurueckziehen'), {}, { csrfFrom: at('zurueckziehen') })).statusCode, 303, 'the second click');
    const rows = await queryRows<{ status: string }>(rt.deps.db, sql`select status from competition_applications where id = ${applicationId}`);
    assert.equal(rows[0]!.status, 'withdrawn');
    assert.match((await manager.get('/wettbewerb/digitale-doerfer-2099')).body, /Bewerbung starten/, 'a new application is possible while the call is open');
  });

  it('takes a submission up to the last second before the deadline and refuses it at the deadline', async () => {
    const late = await rt.deps.db.transaction(async (tx) => {
      const [app] = await queryRows<{ id: string }>(
        tx,
        sql`insert into competition_applications (call_id, organisation_id, organisation_name, title, summary, created_by)
            values (${callId}, ${orgId}, 'Gemeinde Bordesholm', 'Zweiter Anlauf', 'Kurz.', ${managerId}) returning id`,
      );
      return app!.id;
    });
    await rt.deps.db.execute(sql`insert into competition_budget_items (application_id, category, year, description, amount_cents)
      values (${late}, 'services', 2099, 'Beratung', 100000)`);
    await rt.deps.db.execute(sql`insert into competition_answers (application_id, question_id, value) values
      (${late}, ${questions.problem}, 'Kein Dorfbüro.'), (${late}, ${questions.field}, 'Mobilität'), (${late}, ${questions.reuse}, 'nein'), (${late}, ${questions.note}, '')`);
    const actor = { id: managerId, email: 'buergermeister@bordesholm.example' };
    const atDeadline = await submitApplication(rt.deps.db, { actor, applicationId: late, now: closesAt, locale: 'de' });
    assert.deepEqual(atDeadline, { kind: 'closed' });
    const secondBefore = await submitApplication(rt.deps.db, { actor, applicationId: late, now: new Date(closesAt.getTime() - 1000), locale: 'de' });
    assert.deepEqual(secondBefore, { kind: 'submitted', reference: 'WB-2099-0002' });
  });

  it('answers a change after the deadline with a clear message', async () => {
    await updateCallRow(rt.deps.db, callId, { closesAt: new Date(Date.now() - 1000), opensAt: new Date('2026-01-01T08:00:00Z') });
    const other = await createTestUser(rt.deps);
    const org = await insertOrganisation(rt.deps.db, organisation('gemeinde-wattenbek-test', 'Gemeinde Wattenbek'));
    await insertMembership(rt.deps.db, { organisationId: org!.id, userId: other.id, role: 'manager', status: 'active' });
    const [draft] = await queryRows<{ id: string }>(
      rt.deps.db,
      sql`insert into competition_applications (call_id, organisation_id, organisation_name, created_by) values (${callId}, ${org!.id}, 'Gemeinde Wattenbek', ${other.id}) returning id`,
    );
    const client = new TestClient(rt.app);
    await client.login(other.email, TEST_PASSWORD);
    const page = await client.get(`/wettbewerb/bewerbungen/${draft!.id}`);
    assert.match(page.body, /Die Bewerbungsfrist ist abgelaufen/);
    const res = await client.postForm(
      `/wettbewerb/bewerbungen/${draft!.id}/vorhaben`,
      { title: 'Zu spät', summary: 'Zu spät.' },
      { csrfFrom: `/wettbewerb/bewerbungen/${draft!.id}/vorhaben` },
    );
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Bewerbungsfrist ist abgelaufen/);
    const rows = await queryRows<{ title: string }>(rt.deps.db, sql`select title from competition_applications where id = ${draft!.id}`);
    assert.equal(rows[0]!.title, '');
  });
});

describe('competition: the states of an application', () => {
  it('allows only the changes the procedure names', () => {
    const allowed = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    assert.deepEqual(allowed.sort(), [
      'awarded→rejected',
      'awarded→withdrawn',
      'draft→submitted',
      'eligible→awarded',
      'eligible→rejected',
      'eligible→withdrawn',
      'queried→eligible',
      'queried→ineligible',
      'queried→submitted',
      'queried→withdrawn',
      'rejected→awarded',
      'rejected→withdrawn',
      'submitted→eligible',
      'submitted→ineligible',
      'submitted→queried',
      'submitted→withdrawn',
    ]);
  });

  it('keeps a decision from the applicant until the release, and fixes it with the release', () => {
    assert.equal(applicantStatus('awarded', false), 'eligible');
    assert.equal(applicantStatus('rejected', false), 'eligible');
    assert.equal(applicantStatus('awarded', true), 'awarded');
    assert.equal(applicantStatus('queried', false), 'queried');
    assert.equal(canWithdraw('awarded', false), true);
    assert.equal(canWithdraw('awarded', true), false);
    assert.equal(canWithdraw('submitted', true), true);
    assert.deepEqual(
      APPLICATION_STATUSES.filter((s) => canDecide(s, false)),
      ['eligible', 'awarded', 'rejected'],
    );
    assert.deepEqual(
      APPLICATION_STATUSES.filter((s) => canDecide(s, true)),
      [],
    );
  });
});
