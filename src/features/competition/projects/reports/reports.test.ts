import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../../platform/db/client.ts';
import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { messagesFor } from '../../../../platform/i18n/index.ts';
import { TestClient } from '../../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../../organisations/repository.ts';
import { insertCall, updateCallRow } from '../../core/repository.ts';
import { competitionFeature } from '../../index.ts';
import { insertProject } from '../../core/project-repository.ts';
import { publicReportFilePath, publicReportPath, reportPath, reportsPath } from './paths.ts';
import { insertReport } from './repository.ts';
import { EDITOR_TRANSITIONS, nextStage, stageOf, targetOf, transitionsFrom, type ReportStage, type ReportTransition } from './rules.ts';

const de = messagesFor('de');
const m = de.competitionReports;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const LONG = `## Was erreicht wurde\n\n${'Die Werkstätten mit den Verwaltungen beider Seiten haben eine Übersicht der Dienste ergeben, die Menschen über die Grenze hinweg brauchen. '.repeat(2)}`;

describe('competition: the steps of a report', () => {
  const STAGES: ReportStage[] = ['due', 'submitted', 'accepted', 'published'];
  const STEPS: ReportTransition[] = ['submit', ...EDITOR_TRANSITIONS];
  const ALLOWED: Record<ReportStage, Partial<Record<ReportTransition, ReportStage>>> = {
    due: { submit: 'submitted' },
    submitted: { return: 'due', accept: 'accepted' },
    accepted: { publish: 'published' },
    published: { unpublish: 'accepted' },
  };

  it('allows exactly the steps of the table, the managers submitting and the editors doing the rest', () => {
    for (const stage of STAGES) {
      for (const step of STEPS) assert.equal(nextStage(stage, step), ALLOWED[stage][step], `${stage} → ${step}`);
      assert.deepEqual(transitionsFrom(stage, 'manager'), stage === 'due' ? ['submit'] : [], stage);
      assert.ok(!transitionsFrom(stage, 'editor').includes('submit'), stage);
    }
    for (const step of STEPS) assert.equal(targetOf(step), Object.values(ALLOWED).find((s) => s[step])![step]);
    assert.equal(stageOf({ status: 'accepted', publishedAt: new Date() }), 'published');
    assert.equal(stageOf({ status: 'accepted', publishedAt: null }), 'accepted');
  });
});

eachBackend('competition: a funded project’s reports', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let manager: TestClient;
  let managerEmail: string;
  let projectId: string;
  let reportId: string;
  const slug = 'digitale-inseln-bericht';
  const anonymous = () => new TestClient(rt.app);
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const report = async () =>
    (
      await queryRows<{ status: string; body: string; published_at: Date | null }>(
        rt.deps.db,
        sql`select status, body, published_at from competition_reports where id = ${reportId}`,
      )
    )[0]!;
  const here = (page?: string) => reportPath(projectId, reportId, page);

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const call = await insertCall(db, {
      slug: 'digitale-inseln-2098',
      title: 'Digitale Inseln 2098',
      summary: 'Inseln und Halligen bewerben sich.',
      description: 'Gefördert wird Daseinsvorsorge auf Inseln.',
      eligibleTypes: ['gemeinde'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: false,
      opensAt: new Date('2026-01-01T08:00:00Z'),
      closesAt: new Date('2026-02-26T22:59:00Z'),
      maxAmountCents: 10_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2098-07-01',
      fundingEnd: '2100-06-30',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    await updateCallRow(db, call.id, { status: 'published', publishedAt: new Date() });
    const organisation = (await insertOrganisation(db, {
      slug: 'gemeinde-hooge-test',
      name: 'Gemeinde Hooge',
      type: 'gemeinde',
      ags: null,
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: 'Hooge',
      website: null,
      description: null,
      population: null,
    }))!;
    const person = await createTestUser(rt.deps);
    managerEmail = person.email;
    await insertMembership(db, { organisationId: organisation.id, userId: person.id, role: 'manager', status: 'active' });
    manager = new TestClient(rt.app);
    await manager.login(person.email, TEST_PASSWORD);
    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(editorPerson.email, TEST_PASSWORD);
    const project = await insertProject(db, {
      callId: call.id,
      slug,
      municipality: 'Gemeinde Hooge',
      organisationId: organisation.id,
      title: 'Sprechstunde auf der Hallig',
      summary: 'Videosprechstunden im Gemeindehaus.',
      description: 'Die Hallig bekommt Videosprechstunden.',
      amountCents: 5_000_000,
      startsOn: '2098-07-01',
      endsOn: '2100-06-30',
    });
    projectId = project.id;
  });
  after(async () => rt.close());

  it('lets the editors schedule a report, refusing a date that is none with the input kept, and remove one still empty', async () => {
    const bad = await editor.postForm(reportsPath(projectId), { title: 'Zwischenbericht 2099', dueOn: '2099-02-30' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes(de.common.errorSummaryTitle));
    assert.ok(bad.body.includes(m.errors.dueOnInvalid));
    assert.match(bad.body, /value="Zwischenbericht 2099"/);
    assert.equal(await count(sql`select count(*)::int as n from competition_reports`), 0);

    assert.equal((await editor.postForm(reportsPath(projectId), { title: 'Zwischenbericht 2099', dueOn: '2099-09-30' })).statusCode, 303);
    assert.equal(
      (await editor.postForm(reportsPath(projectId), { title: 'Versehentlich', dueOn: '2099-10-31' }, { csrfFrom: reportsPath(projectId) })).statusCode,
      303,
    );
    const ids = await queryRows<{ id: string; title: string }>(rt.deps.db, sql`select id, title from competition_reports order by due_on`);
    reportId = ids[0]!.id;
    assert.equal((await editor.postForm(reportPath(projectId, ids[1]!.id, 'entfernen'), {}, { csrfFrom: reportsPath(projectId) })).statusCode, 303);

    const list = await manager.get(reportsPath(projectId));
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(m.state.due(formatCalendarDay('de', '2099-09-30', 'long'))));
    assert.ok(!list.body.includes('Versehentlich'));
    assert.ok(!list.body.includes(m.schedule.submit), 'managers do not schedule');
    assert.equal(
      (await manager.postForm(reportsPath(projectId), { title: 'Eigener Bericht', dueOn: '2099-12-31' }, { csrfFrom: reportsPath(projectId) })).statusCode,
      404,
    );
  });

  it('keeps the managers’ draft, refuses a type the store does not take and a report too short to submit, and freezes a submitted one', async () => {
    assert.equal((await manager.postForm(here(), { body: 'Erste Notizen.', action: 'save' })).statusCode, 303);
    assert.equal((await report()).body, 'Erste Notizen.');

    const short = await manager.postForm(here(), { body: 'Zu kurz für einen Bericht.', action: 'submit' }, { csrfFrom: here() });
    assert.equal(short.statusCode, 400);
    assert.ok(short.body.includes(m.errors.tooShort(200, 26)));
    assert.ok(short.body.includes('Zu kurz für einen Bericht.'), 'the text is kept in the form');
    assert.deepEqual(await report(), { status: 'due', body: 'Erste Notizen.', published_at: null });

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const refused = await submitMultipart(
      rt.app,
      manager,
      await openMultipartForm(manager, here(), here('anlagen')),
      { title: 'Foto' },
      { file: { name: 'foto.gif', content: gif } },
    );
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes(m.errors.fileType));
    assert.equal(await count(sql`select count(*)::int as n from stored_files`), 0, 'the refused file is not kept');
    const added = await submitMultipart(
      rt.app,
      manager,
      await openMultipartForm(manager, here(), here('anlagen')),
      { title: 'Protokoll der Werkstatt' },
      { file: { name: 'protokoll.pdf', content: PDF } },
    );
    assert.equal(added.statusCode, 303);

    assert.equal((await manager.postForm(here(), { body: LONG, action: 'submit' }, { csrfFrom: here() })).statusCode, 303);
    assert.equal((await report()).status, 'submitted');
    const page = await manager.get(here());
    assert.ok(page.body.includes('Was erreicht wurde</h3>'), 'rendered from Markdown');
    assert.ok(!page.body.includes(m.report.save), 'no form once submitted');
    assert.equal((await editor.postForm(here('entfernen'), {}, { csrfFrom: reportsPath(projectId) })).statusCode, 409, 'only an empty report is removed');
  });

  it('lets the editors return it for revision with a note the managers get by e-mail', async () => {
    const without = await editor.postForm(here('status'), { transition: 'return', note: '' }, { csrfFrom: here() });
    assert.equal(without.statusCode, 400);
    assert.ok(without.body.includes(m.errors.noteRequired));
    const note = 'Bitte ergänzen Sie, wie die Sprechstunden angenommen wurden.';
    assert.equal((await editor.postForm(here('status'), { transition: 'return', note }, { csrfFrom: here() })).statusCode, 303);
    assert.equal((await report()).status, 'due');
    await rt.runJobs();
    const mail = rt.mails.find((x) => x.to === managerEmail && x.subject === m.mail.returnedSubject('Zwischenbericht 2099'));
    assert.ok(mail?.text.includes(note), 'the note is in the e-mail');
  });

  it('shows an accepted and published report on the project’s public page, its attachment for everyone, nothing before', async () => {
    const [file] = await queryRows<{ id: string }>(rt.deps.db, sql`select id from competition_report_files where report_id = ${reportId}`);
    const download = publicReportFilePath(slug, reportId, file!.id);
    assert.equal((await anonymous().get(download)).statusCode, 404, 'not published yet');
    assert.equal((await anonymous().get(here(`anlagen/${file!.id}`))).statusCode, 303);
    assert.equal((await manager.get(here(`anlagen/${file!.id}`))).statusCode, 200);

    assert.equal((await manager.postForm(here(), { body: `${LONG}\n\nDie Sprechstunden werden gut angenommen.`, action: 'submit' })).statusCode, 303);
    for (const transition of ['accept', 'publish'] as const) {
      assert.equal((await editor.postForm(here('status'), { transition }, { csrfFrom: here() })).statusCode, 303, transition);
    }
    const visitor = anonymous();
    const projectPage = await visitor.get(`/wettbewerb/modellkommunen/${slug}`);
    assert.ok(projectPage.body.includes(m.public.title));
    assert.ok(projectPage.body.includes(`href="${publicReportPath(slug, reportId)}"`));
    assert.ok(projectPage.body.includes(`href="${download}"`));
    const reportPage = await visitor.get(publicReportPath(slug, reportId));
    assert.equal(reportPage.statusCode, 200);
    assert.ok(reportPage.body.includes('Die Sprechstunden werden gut angenommen.'));
    const pdf = await visitor.get(download);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(await count(sql`select count(*)::int as n from search_documents where feature = 'competition-reports' and ref_id = ${reportId}`), 1);

    assert.equal((await editor.postForm(here('status'), { transition: 'unpublish' }, { csrfFrom: here() })).statusCode, 303);
    assert.equal((await visitor.get(publicReportPath(slug, reportId))).statusCode, 404);
    assert.equal(await count(sql`select count(*)::int as n from search_documents where feature = 'competition-reports'`), 0);
  });

  it('reminds the managers fourteen days ahead, once per report even when two processes sweep at once', async () => {
    const now = new Date('2030-03-01T10:00:00Z');
    for (const [title, dueOn] of [
      ['Sachbericht März', '2030-03-10'],
      ['Sachbericht in vierzehn Tagen', '2030-03-15'],
      ['Sachbericht später', '2030-03-20'],
    ]) {
      await insertReport(rt.deps.db, { projectId, title: title!, dueOn: dueOn! });
    }
    const sweep = competitionFeature.sweep!;
    await Promise.all([sweep(rt.deps, now), sweep(rt.deps, now)]);
    await sweep(rt.deps, now);
    await rt.runJobs();
    const reminders = rt.mails.filter((x) => x.subject.startsWith('Erinnerung:')).map((x) => `${x.to} ${x.subject}`);
    const expected = [
      m.mail.reminderSubject('Sachbericht März', formatCalendarDay('de', '2030-03-10', 'long')),
      m.mail.reminderSubject('Sachbericht in vierzehn Tagen', formatCalendarDay('de', '2030-03-15', 'long')),
    ];
    assert.deepEqual(reminders.sort(), expected.map((subject) => `${managerEmail} ${subject}`).sort(), 'none for the report due in 19 days');
  });
});
