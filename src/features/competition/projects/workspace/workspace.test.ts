import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../../platform/db/client.ts';
import { hiddenFields, TestClient } from '../../../../platform/testing/client.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../../organisations/repository.ts';
import { insertCall, updateCallRow } from '../../core/repository.ts';
import { PAYMENT_STATUSES } from '../../core/tables.ts';
import { insertProject } from '../../core/project-repository.ts';
import { listPaymentsRequestedBy } from './repository.ts';
import { canMovePayment, fundsOf, isDueWithinReach } from './rules.ts';
import { normaliseDecimalPoint } from './schema.ts';

describe('competition: payment requests and milestones, the rules', () => {
  it('moves a payment request only along the state table', () => {
    const allowed = new Set(['requested→approved', 'requested→rejected', 'approved→paid', 'approved→rejected']);
    for (const from of PAYMENT_STATUSES) {
      for (const to of PAYMENT_STATUSES) assert.equal(canMovePayment(from, to), allowed.has(`${from}→${to}`), `${from} → ${to}`);
    }
  });

  it('counts every request that is not rejected against the award', () => {
    const funds = fundsOf(10_000, [
      { amountCents: 1_000, status: 'requested' },
      { amountCents: 2_000, status: 'approved' },
      { amountCents: 3_000, status: 'paid' },
      { amountCents: 4_000, status: 'rejected' },
    ]);
    assert.deepEqual(funds, { awardCents: 10_000, requestedCents: 1_000, approvedCents: 2_000, paidCents: 3_000, remainingCents: 4_000 });
  });

  it('reads a decimal point as the comma unless it groups thousands, and keeps milestones near the period', () => {
    assert.equal(normaliseDecimalPoint('12345.67'), '12345,67');
    assert.equal(normaliseDecimalPoint('12345.678'), '12345,678');
    assert.equal(normaliseDecimalPoint('1.234'), '1.234');
    assert.equal(normaliseDecimalPoint('12.345,67'), '12.345,67');
    const period = { startsOn: '2027-07-01', endsOn: '2029-06-30' };
    assert.ok(isDueWithinReach(period, '2027-04-01'));
    assert.ok(isDueWithinReach(period, '2029-09-30'));
    assert.ok(!isDueWithinReach(period, '2027-03-30'));
    assert.ok(!isDueWithinReach(period, '2029-10-01'));
  });
});

eachBackend('competition: project workspace', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  let editor: TestClient;
  let stranger: TestClient;
  let managerId: string;
  let managerEmail: string;
  let projectId: string;
  const base = () => `/wettbewerb/projekte/${projectId}`;
  const today = () => utcToBerlin(new Date()).date;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const payments = () =>
    queryRows<{ id: string; amount: number; status: string }>(
      rt.deps.db,
      sql`select id, amount_cents::int as amount, status from competition_payments where project_id = ${projectId} order by requested_at, id`,
    );
  const login = async (email: string) => {
    const client = new TestClient(rt.app);
    await client.login(email, TEST_PASSWORD);
    return client;
  };
  const organisation = async (slug: string, name: string, ags: string) =>
    (await insertOrganisation(rt.deps.db, {
      slug,
      name,
      type: 'gemeinde',
      ags,
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: name,
      website: null,
      description: null,
      population: 2000,
    }))!;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const call = await insertCall(db, {
      slug: 'digitale-doerfer-2025',
      title: 'Digitale Dörfer 2025',
      summary: 'Dörfer bewerben sich.',
      description: 'Gefördert wird Daseinsvorsorge im Dorf.',
      eligibleTypes: ['gemeinde'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: false,
      opensAt: new Date('2024-01-01T08:00:00Z'),
      closesAt: new Date('2024-03-31T21:59:00Z'),
      maxAmountCents: 10_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2025-01-01',
      fundingEnd: '2099-12-31',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    await updateCallRow(db, call.id, { status: 'published', publishedAt: new Date() });
    const own = await organisation('gemeinde-hooge-test', 'Gemeinde Hooge', '01054053');
    const other = await organisation('gemeinde-langeness-test', 'Gemeinde Langeneß', '01054072');
    const person = await createTestUser(rt.deps, { displayName: 'Marta Hansen' });
    managerId = person.id;
    managerEmail = person.email;
    await insertMembership(db, { organisationId: own.id, userId: person.id, role: 'manager', status: 'active' });
    const otherManager = await createTestUser(rt.deps);
    await insertMembership(db, { organisationId: other.id, userId: otherManager.id, role: 'manager', status: 'active' });
    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    const project = await insertProject(db, {
      callId: call.id,
      slug: 'digitale-hallig-hooge',
      municipality: 'Gemeinde Hooge',
      organisationId: own.id,
      title: 'Die digitale Hallig',
      summary: 'Videosprechstunden auf der Hallig.',
      description: 'Ein Sprechzimmer im Gemeindehaus.',
      amountCents: 10_000_000,
      status: 'running',
      startsOn: '2025-01-01',
      endsOn: '2099-12-31',
    });
    projectId = project.id;
    [manager, editor, stranger] = await Promise.all([login(person.email), login(editorPerson.email), login(otherManager.email)]);
  });
  after(async () => rt.close());

  it('shows the workspace to its managers and the editors, and to nobody else', async () => {
    const page = await manager.get(base());
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Die digitale Hallig/);
    assert.match(page.body, /Noch verfügbar<\/dt><dd[^>]*><strong>100\.000\s€/);
    assert.match(page.body, new RegExp(`href="${base()}/berichte"`));
    assert.match(page.body, /href="\/wettbewerb\/modellkommunen\/digitale-hallig-hooge"/);
    assert.equal((await editor.get(base())).statusCode, 200);
    assert.equal((await stranger.get(base())).statusCode, 404);
    const refused = await stranger.postForm(`${base()}/mittelabruf`, { amount: '100', purpose: 'Fremder Abruf' }, { csrfFrom: '/wettbewerb/bewerbungen' });
    assert.equal(refused.statusCode, 404);
    assert.equal((await new TestClient(rt.app).get(base())).statusCode, 303);
  });

  it('adds milestones near the funding period, records a day reached up to today and removes only an open one', async () => {
    const form = `${base()}/meilensteine`;
    const empty = await manager.postForm(form, { title: '', dueOn: '2026-02-30' }, { csrfFrom: form });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Es gibt ein Problem/);
    assert.match(empty.body, /Geben Sie den Meilenstein an\./);
    assert.match(empty.body, /Geben Sie einen Tag als Datum an/);
    const outside = await manager.postForm(form, { title: 'Konzept abgestimmt', dueOn: '2024-01-01' });
    assert.equal(outside.statusCode, 400);
    assert.match(outside.body, /höchstens drei Monate davor oder danach/);
    assert.match(outside.body, /value="Konzept abgestimmt"/);
    const milestones = () => count(sql`select count(*)::int as n from competition_milestones where project_id = ${projectId}`);
    assert.equal(await milestones(), 0);

    assert.equal((await manager.postForm(form, { title: 'Konzept abgestimmt', dueOn: '2025-02-01' })).statusCode, 303);
    assert.equal((await manager.postForm(form, { title: 'Konzept abgestimmt', dueOn: '2025-02-01' })).statusCode, 303, 'a double submit');
    assert.equal((await manager.postForm(form, { title: 'Sprechzimmer eingerichtet', dueOn: '2099-06-30' }, { csrfFrom: form })).statusCode, 303);
    assert.equal(await milestones(), 2);
    const overview = await manager.get(base());
    assert.match(overview.body, /Überfällig/);
    const [late, open] = await queryRows<{ id: string }>(
      rt.deps.db,
      sql`select id from competition_milestones where project_id = ${projectId} order by due_on`,
    );

    const reach = `${base()}/meilensteine/${late!.id}/erreicht`;
    const reachPage = await manager.get(reach);
    assert.match(reachPage.body, new RegExp(`value="${today()}"`));
    const future = await manager.postForm(reach, { reachedOn: '2099-01-01' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /Der Tag darf nicht in der Zukunft liegen/);
    assert.equal((await manager.postForm(reach, { reachedOn: today() })).statusCode, 303);
    assert.match((await manager.get(base())).body, /Erreicht am/);
    assert.equal((await editor.postForm(reach, { reachedOn: today() }, { csrfFrom: base() })).statusCode, 404, 'editors read milestones only');

    const removeReached = await manager.postForm(`${base()}/meilensteine/${late!.id}/entfernen`, {}, { csrfFrom: base() });
    assert.equal(removeReached.statusCode, 409);
    assert.match(removeReached.body, /Ein erreichter Meilenstein kann nicht entfernt werden/);
    assert.equal((await manager.postForm(`${base()}/meilensteine/${open!.id}/entfernen`, {}, { csrfFrom: base() })).statusCode, 303);
    assert.equal(await milestones(), 1);
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action like 'competition.milestone.%'`), 4);
  });

  it('refuses amounts that are no amounts or more than what is left, with the input kept and nothing stored', async () => {
    const form = `${base()}/mittelabruf`;
    const cases: [string, RegExp][] = [
      ['zwölf', /Geben Sie den Betrag in Euro nur mit Ziffern an/],
      ['-5', /Der Betrag darf nicht negativ sein/],
      ['12,345', /höchstens zwei Stellen nach dem Komma/],
      ['12345.678', /höchstens zwei Stellen nach dem Komma/],
      ['0', /Der Betrag muss größer als 0 Euro sein/],
      ['100.000,01', /größer als die noch verfügbaren Mittel von 100\.000\s€/],
    ];
    for (const [amount, message] of cases) {
      const res = await manager.postForm(form, { amount, purpose: 'Personalkosten 2026' }, { csrfFrom: form });
      assert.equal(res.statusCode, 400, amount);
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, message);
      assert.ok(res.body.includes(`value="${amount}"`), `${amount} kept`);
      assert.match(res.body, /value="Personalkosten 2026"/);
    }
    assert.equal((await payments()).length, 0);
  });

  it('reads "12.345,67" and "12345.67" alike, and stores a double submit once', async () => {
    const form = `${base()}/mittelabruf`;
    assert.equal((await manager.postForm(form, { amount: '12.345,67', purpose: 'Sprechzimmer' }, { csrfFrom: form })).statusCode, 303);
    assert.equal((await manager.postForm(form, { amount: '12.345,67', purpose: 'Sprechzimmer' })).statusCode, 303, 'a double submit');
    assert.equal((await manager.postForm(form, { amount: '12345.67', purpose: 'Bildschirme' }, { csrfFrom: form })).statusCode, 303);
    assert.deepEqual(
      (await payments()).map((p) => p.amount),
      [1_234_567, 1_234_567],
    );
    assert.match((await manager.get(base())).body, /Noch verfügbar<\/dt><dd[^>]*><strong>75\.308,66\s€/);
  });

  it('lets only one of two simultaneous requests through when together they would overdraw the award', async () => {
    const form = `${base()}/mittelabruf`;
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      await manager.get(form);
      ids.push(hiddenFields(manager.lastPage!)._submission!);
    }
    const answers = await Promise.all(ids.map((id, i) => manager.postForm(form, { amount: '50.000', purpose: `Abruf ${i + 1}`, _submission: id })));
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [303, 400]);
    assert.equal((await payments()).filter((p) => p.amount === 5_000_000).length, 1);
  });

  it('lets the editors approve, pay and reject along the state table, and tells the managers', async () => {
    const [first, second] = await payments();
    const decide = (id: string) => `${base()}/mittelabrufe/${id}`;
    const page = await editor.get(decide(first!.id));
    assert.match(page.body, /Freigeben/);
    assert.doesNotMatch(page.body, /Als ausgezahlt vermerken/);
    const early = await editor.postForm(decide(first!.id), { status: 'paid', note: '' });
    assert.equal(early.statusCode, 409);
    assert.match(early.body, /nicht möglich/);
    assert.equal((await editor.postForm(decide(first!.id), { status: 'approved', note: '' }, { csrfFrom: decide(first!.id) })).statusCode, 303);
    assert.equal((await editor.postForm(decide(first!.id), { status: 'approved', note: '' }, { csrfFrom: decide(first!.id) })).statusCode, 303);
    assert.equal((await editor.postForm(decide(first!.id), { status: 'paid', note: '' }, { csrfFrom: decide(first!.id) })).statusCode, 303);
    assert.equal((await editor.postForm(decide(first!.id), { status: 'rejected', note: 'Zu spät.' }, { csrfFrom: base() })).statusCode, 409);
    const noReason = await editor.postForm(decide(second!.id), { status: 'rejected', note: '' }, { csrfFrom: decide(second!.id) });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /Begründen Sie die Ablehnung/);
    assert.equal((await editor.postForm(decide(second!.id), { status: 'rejected', note: 'Bildschirme sind im Finanzplan nicht vorgesehen.' })).statusCode, 303);
    assert.equal((await manager.postForm(decide(second!.id), { status: 'approved', note: '' }, { csrfFrom: base() })).statusCode, 404);

    assert.deepEqual(
      (await payments()).map((p) => p.status),
      ['paid', 'rejected', 'requested'],
    );
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action like 'competition.payment.%'`), 6);
    // 100.000 € − 12.345,67 € paid − 50.000 € requested; the rejected request counts no more
    assert.match((await editor.get(base())).body, /Noch verfügbar<\/dt><dd[^>]*><strong>37\.654,33\s€/);
    await rt.runJobs();
    const mails = rt.mails.filter((m) => m.to === managerEmail);
    assert.deepEqual(mails.map((m) => m.subject).sort(), [
      'Mittelabruf abgelehnt: Die digitale Hallig',
      'Mittelabruf ausgezahlt: Die digitale Hallig',
      'Mittelabruf freigegeben: Die digitale Hallig',
    ]);
    assert.match(mails.find((m) => m.subject.includes('abgelehnt'))!.text, /Bildschirme sind im Finanzplan nicht vorgesehen/);
    assert.equal((await listPaymentsRequestedBy(rt.deps.db, managerId)).length, 3, 'in the manager’s data export');
  });

  it('refuses requests once the editors mark the project completed, until they reopen it', async () => {
    const form = `${base()}/mittelabruf`;
    await manager.get(form);
    assert.equal((await editor.postForm(`${base()}/status`, { status: 'completed' }, { csrfFrom: base() })).statusCode, 303);
    const stale = await manager.postForm(form, { amount: '1.000', purpose: 'Nach dem Ende' });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Das Vorhaben ist abgeschlossen/);
    assert.equal((await manager.get(form)).statusCode, 303);
    assert.doesNotMatch((await manager.get(base())).body, /Mittel abrufen/);
    assert.equal((await manager.postForm(`${base()}/status`, { status: 'running' }, { csrfFrom: base() })).statusCode, 404, 'only editors set the status');
    assert.equal((await editor.postForm(`${base()}/status`, { status: 'running' }, { csrfFrom: base() })).statusCode, 303);
    assert.equal((await manager.get(form)).statusCode, 200);
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'competition.project.status'`), 2);
  });

  it('lists the projects for the editors, and for the managers on their applications page', async () => {
    const list = await editor.get('/verwaltung/wettbewerb/projekte');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`<a href="${base()}">Die digitale Hallig</a>`));
    assert.match(list.body, /37\.654,33\s€/);
    assert.match((await editor.get('/verwaltung/wettbewerb')).body, /href="\/verwaltung\/wettbewerb\/projekte"/);
    assert.equal((await manager.get('/verwaltung/wettbewerb/projekte')).statusCode, 403);
    const mine = await manager.get('/wettbewerb/bewerbungen');
    assert.match(mine.body, /Geförderte Projekte/);
    assert.match(mine.body, new RegExp(`href="${base()}"`));
    assert.doesNotMatch((await stranger.get('/wettbewerb/bewerbungen')).body, /Die digitale Hallig/);
  });
});
