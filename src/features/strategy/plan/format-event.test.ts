import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { workbenchPath } from '../core/paths.ts';

eachBackend('strategy plan: a participation format becomes a draft event', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let member: TestClient;
  let otherManager: TestClient;
  let editor: TestClient;
  let editorEmail: string;
  const ORG = 'testdorf-werkstatt';
  const OTHER = 'anderdorf-werkstatt';
  const STEP = workbenchPath(ORG, 'participation');
  const NEXT_YEAR = new Date().getUTCFullYear() + 1;
  const LAST_YEAR = NEXT_YEAR - 2;

  const signedIn = async (role: 'manager' | 'member' | undefined, organisationId: string | undefined, siteRole: 'member' | 'editor' = 'member') => {
    const user = await createTestUser(rt.deps, { siteRole });
    if (role && organisationId) await insertMembership(rt.deps.db, { organisationId, userId: user.id, role, status: 'active', decidedAt: new Date() });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return { client, email: user.email };
  };
  const formatRow = async (name: string) =>
    (await queryRows<{ id: string; event_id: string | null }>(rt.deps.db, sql`select id, event_id from strategy_participation where format = ${name}`))[0]!;
  const eventsTitled = async (title: string) =>
    queryRows<{ id: string; status: string; organiser: string; consent_text: string; created_by: string | null }>(
      rt.deps.db,
      sql`select id, status, organiser, consent_text, created_by from events where title = ${title}`,
    );
  const datesOf = async (eventId: string) =>
    queryRows<{ seats: number; town: string | null; starts_at: Date | string }>(
      rt.deps.db,
      sql`select seats, town, starts_at from event_dates where event_id = ${eventId}`,
    );
  const addFormat = async (client: TestClient, org: string, format: string, date: string) => {
    await client.get(workbenchPath(org, 'participation'));
    const added = await client.postForm(workbenchPath(org, 'participation', 'formate'), {
      format,
      description: 'Im Dorfgemeinschaftshaus, für alle Generationen.',
      date,
      time: date ? '18:30' : '',
    });
    assert.equal(added.statusCode, 303);
    return (await formatRow(format)).id;
  };
  const proposal = (id: string, org = ORG) => workbenchPath(org, 'participation', `formate/${id}/veranstaltung`);
  const complete = {
    title: 'Bürgerwerkstatt Digitales Dorf',
    summary: 'Wir sammeln Ideen für die digitale Strategie der Gemeinde.',
    organiser: 'Gemeinde Testdorf',
    description: 'Gemeinsam mit Bürgerinnen und Bürgern entwickeln wir Maßnahmen.',
    audience: '',
    notes: '',
    procedure: '',
    mediaNotice: '',
    contact: '',
    retentionDays: '90',
    consentText: 'Ich willige ein, dass die Gemeinde Testdorf meine Angaben speichert.',
    format: 'praesenz',
    placeName: 'Dorfgemeinschaftshaus',
    street: 'Dorfstraße 1',
    postcode: '24392',
    town: 'Testdorf',
    streamUrl: '',
    day: `${NEXT_YEAR}-05-12`,
    startTime: '18:30',
    endTime: '21:00',
    doorsTime: '',
    deadlineDay: `${NEXT_YEAR}-05-10`,
    deadlineTime: '',
    seats: '40',
    note: '',
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    const orgId = await insertTestOrganisation(rt.deps.db, ORG, 'Testdorf');
    const otherId = await insertTestOrganisation(rt.deps.db, OTHER, 'Anderdorf');
    manager = (await signedIn('manager', orgId)).client;
    member = (await signedIn('member', orgId)).client;
    otherManager = (await signedIn('manager', otherId)).client;
    const e = await signedIn(undefined, undefined, 'editor');
    editor = e.client;
    editorEmail = e.email;
  });
  after(async () => {
    await rt.close();
  });

  it('offers managers an event for a format still to come, not for one that took place, and not to members', async () => {
    const coming = await addFormat(manager, ORG, 'Bürgerwerkstatt', `${NEXT_YEAR}-05-12`);
    const past = await addFormat(manager, ORG, 'Dorfgespräch', `${LAST_YEAR}-05-12`);
    const step = (await manager.get(STEP)).body;
    assert.ok(step.includes(`href="${proposal(coming)}"`));
    assert.ok(!step.includes(`href="${proposal(past)}"`));
    assert.ok(!(await member.get(STEP)).body.includes('/veranstaltung"'));
    assert.equal((await member.get(proposal(coming))).statusCode, 403);

    const page = await manager.get(proposal(coming));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<input[^>]*name="title"[^>]*value="Bürgerwerkstatt"/);
    assert.match(page.body, /<input[^>]*name="organiser"[^>]*value="Testdorf"/);
    assert.match(page.body, new RegExp(`<input[^>]*name="day"[^>]*value="${NEXT_YEAR}-05-12"`));
    assert.match(page.body, /<input[^>]*name="startTime"[^>]*value="18:30"/);
    assert.match(page.body, /Ich willige ein, dass Testdorf meine Angaben/);
  });

  it('refuses an incomplete event with its errors, keeps the input and stores nothing', async () => {
    const id = (await formatRow('Bürgerwerkstatt')).id;
    await manager.get(proposal(id));
    const refused = await manager.postForm(proposal(id), { ...complete, summary: '', seats: 'viele', deadlineDay: `${NEXT_YEAR}-05-13` });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /kern-alert--danger|Es gibt ein Problem|There is a problem/);
    assert.match(refused.body, /Geben Sie eine Kurzbeschreibung an\./);
    assert.match(refused.body, /Geben Sie eine ganze Zahl ein/);
    assert.match(refused.body, /Der Anmeldeschluss muss vor dem Beginn des Termins liegen\./);
    assert.match(refused.body, /<input[^>]*name="placeName"[^>]*value="Dorfgemeinschaftshaus"/);
    assert.equal((await eventsTitled(complete.title)).length, 0);
    assert.equal((await formatRow('Bürgerwerkstatt')).event_id, null);
  });

  it('creates one draft event with its date, tells the editors and shows its state on the step', async () => {
    const id = (await formatRow('Bürgerwerkstatt')).id;
    await manager.get(proposal(id));
    const sent = await manager.postForm(proposal(id), complete);
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.location, STEP);
    // the same submission again, as a double click sends it: nothing more
    assert.equal((await manager.postForm(proposal(id), complete)).statusCode, 303);

    const [event, ...more] = await eventsTitled(complete.title);
    assert.equal(more.length, 0);
    assert.equal(event!.status, 'draft');
    assert.equal(event!.organiser, 'Gemeinde Testdorf');
    assert.equal(event!.consent_text, complete.consentText);
    const [date, ...otherDates] = await datesOf(event!.id);
    assert.equal(otherDates.length, 0);
    assert.equal(date!.seats, 40);
    assert.equal(date!.town, 'Testdorf');
    assert.equal(new Date(date!.starts_at).toISOString(), `${NEXT_YEAR}-05-12T16:30:00.000Z`);
    assert.equal((await formatRow('Bürgerwerkstatt')).event_id, event!.id);

    const step = await manager.get(STEP);
    assert.match(step.body, /Der Veranstaltungsentwurf ist angelegt/);
    assert.match(step.body, /Veranstaltung als Entwurf angelegt, die Redaktion prüft sie/);
    assert.ok(!step.body.includes(`href="${proposal(id)}"`));
    // the draft is not public
    assert.ok(!(await member.get(STEP)).body.includes('href="/veranstaltungen/'));

    await rt.runJobs();
    const mails = rt.mails.filter((m) => m.to === editorEmail);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, 'Veranstaltungsentwurf von Testdorf: Bürgerwerkstatt Digitales Dorf');
    assert.ok(mails[0]!.text.includes(`/verwaltung/veranstaltungen/${event!.id}`));

    // another tab's form, sent after the first: the person is sent back, no second event
    const again = await manager.get(proposal(id));
    assert.equal(again.statusCode, 303);
    const otherTab = await manager.postForm(proposal(id), { ...complete, _submission: randomUUID() }, { csrfFrom: STEP });
    assert.equal(otherTab.statusCode, 303);
    assert.match((await manager.get(STEP)).body, /Für dieses Format gibt es schon eine Veranstaltung\./);
    assert.equal((await eventsTitled(complete.title)).length, 1);

    // once the editors publish it, the step links to the public event
    await editor.get(`/verwaltung/veranstaltungen/${event!.id}`);
    const published = await editor.postForm(
      `/verwaltung/veranstaltungen/${event!.id}/veroeffentlichen`,
      {},
      { csrfFrom: `/verwaltung/veranstaltungen/${event!.id}` },
    );
    assert.equal(published.statusCode, 303);
    const after = (await member.get(STEP)).body;
    assert.match(after, /Veranstaltung veröffentlicht:/);
    assert.match(after, /href="\/veranstaltungen\/buergerwerkstatt-digitales-dorf"/);
  });

  it("answers 404 for another organisation's format and stores nothing", async () => {
    const foreign = await addFormat(otherManager, OTHER, 'Dorfspaziergang', `${NEXT_YEAR}-06-01`);
    assert.equal((await manager.get(proposal(foreign))).statusCode, 404);
    assert.equal((await manager.get(proposal('kein-format'))).statusCode, 404);
    const forged = await manager.postForm(proposal(foreign), { ...complete, title: 'Fremd' }, { csrfFrom: STEP });
    assert.equal(forged.statusCode, 404);
    assert.equal((await eventsTitled('Fremd')).length, 0);
    assert.equal((await formatRow('Dorfspaziergang')).event_id, null);
  });

  it('answers a forged field of action with 400 and stores nothing', async () => {
    const id = await addFormat(manager, ORG, 'Online-Umfrage', '');
    await manager.get(proposal(id));
    const forged = await manager.postForm(proposal(id), { ...complete, title: 'Umfrage', fieldsOfAction: 'gibt-es-nicht' });
    assert.equal(forged.statusCode, 400);
    assert.equal((await eventsTitled('Umfrage')).length, 0);
    assert.equal((await formatRow('Online-Umfrage')).event_id, null);
  });
});
