import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import { insertApplication, insertBudgetItem, updateApplicationRow } from '../applications/repository.ts';
import { insertCall, updateCallRow } from '../core/repository.ts';
import { decideApplication } from './decide-application.ts';
import { awardProblem, releaseProblem } from './rules.ts';

describe('competition: the limits of an award and of the release', () => {
  it('names the first limit an amount breaks', () => {
    const limits = { requestedCents: 8_000_000, maxAmountCents: 10_000_000, leftCents: 5_000_000 };
    assert.equal(awardProblem(8_000_001, limits), 'overRequested');
    assert.equal(awardProblem(8_000_000, { ...limits, maxAmountCents: 7_000_000 }), 'overMax');
    assert.equal(awardProblem(5_000_001, limits), 'overBudget');
    assert.equal(awardProblem(5_000_000, limits), undefined);
  });

  it('releases only after the deadline, with every application decided and one decision at least', () => {
    const closesAt = new Date('2027-03-31T21:59:00Z');
    const after = new Date('2027-04-01T08:00:00Z');
    assert.equal(releaseProblem({ closesAt, now: new Date('2027-03-31T21:58:59Z'), undecided: 0, decided: 3 }), 'stillOpen');
    assert.equal(releaseProblem({ closesAt, now: after, undecided: 1, decided: 3 }), 'undecided');
    assert.equal(releaseProblem({ closesAt, now: after, undecided: 0, decided: 0 }), 'nothing');
    assert.equal(releaseProblem({ closesAt, now: after, undecided: 0, decided: 3 }), undefined);
  });
});

eachBackend('competition: decisions', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let editorId: string;
  let callId: string;
  const applicants: { applicationId: string; client: TestClient }[] = [];
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const statusOf = async (i: number) =>
    (
      await queryRows<{ status: string; awarded_cents: number | null }>(
        rt.deps.db,
        sql`select status, awarded_cents from competition_applications where id = ${applicants[i]!.applicationId}`,
      )
    )[0]!;
  const page = (i?: number) => `/verwaltung/wettbewerb/${callId}/entscheidungen${i === undefined ? '' : `/${applicants[i]!.applicationId}`}`;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const call = await insertCall(db, {
      slug: 'halligen-digital-2099',
      title: 'Halligen digital 2099',
      summary: 'Halligen und Inseln bewerben sich.',
      description: 'Gefördert wird Daseinsvorsorge auf Halligen.',
      eligibleTypes: ['gemeinde'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: true,
      opensAt: new Date('2026-01-01T08:00:00Z'),
      closesAt: new Date('2099-02-26T22:59:00Z'),
      maxAmountCents: 10_000_000,
      totalBudgetCents: 15_000_000,
      ownSharePercent: 0,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-12-31',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    callId = call.id;
    await updateCallRow(db, callId, { status: 'published', publishedAt: new Date() });
    const places = [
      { name: 'Gemeinde Hooge', ags: '01054056', euros: 100_000, title: 'Hallig-Sprechstunde per Video' },
      { name: 'Gemeinde Langeneß', ags: '01054072', euros: 80_000, title: 'Digitale Warftgemeinschaft' },
      { name: 'Gemeinde Gröde', ags: '01054041', euros: 50_000, title: 'Fähre und Schule vernetzt' },
    ];
    for (const [i, place] of places.entries()) {
      const organisation = (await insertOrganisation(db, {
        slug: `test-hallig-${i}`,
        name: place.name,
        type: 'gemeinde',
        ags: place.ags,
        amtsschluessel: null,
        ars: null,
        street: null,
        postcode: null,
        town: place.name.replace('Gemeinde ', ''),
        website: null,
        description: null,
        population: 100,
      }))!;
      const manager = await createTestUser(rt.deps);
      await insertMembership(db, { organisationId: organisation.id, userId: manager.id, role: 'manager', status: 'active' });
      const application = (await insertApplication(db, { callId, organisationId: organisation.id, organisationName: place.name, createdBy: manager.id }))!;
      await insertBudgetItem(db, { applicationId: application.id, category: 'services', year: 2099, description: 'Umsetzung', amountCents: place.euros * 100 });
      await updateApplicationRow(db, application.id, {
        title: place.title,
        summary: `${place.title}: ein Vorhaben für die Hallig.`,
        status: 'eligible',
        reference: `HD-2099-000${i + 1}`,
        submittedAt: new Date(),
        submittedBy: manager.id,
      });
      const client = new TestClient(rt.app);
      await client.login(manager.email, TEST_PASSWORD);
      applicants.push({ applicationId: application.id, client });
    }
    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    editorId = editorPerson.id;
    editor = new TestClient(rt.app);
    await editor.login(editorPerson.email, TEST_PASSWORD);
  });
  after(async () => rt.close());

  it('never lets simultaneous awards pass the total budget', async () => {
    const actor = { id: editorId, email: 'redaktion@example.org' };
    // 100,000 and 80,000 each fit the budget of 150,000 alone, not together
    const outcomes = await Promise.all(
      [10_000_000, 8_000_000].map((amountCents, i) =>
        decideApplication(rt.deps.db, {
          actor,
          callId,
          applicationId: applicants[i]!.applicationId,
          decision: { outcome: 'awarded', amountCents, reason: '' },
          now: new Date(),
        }),
      ),
    );
    assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['decided', 'overLimit']);
    assert.ok((await count(sql`select coalesce(sum(awarded_cents), 0)::int as n from competition_applications where call_id = ${callId}`)) <= 15_000_000);
    // back to the start for the editors' pages
    for (const a of applicants) await updateApplicationRow(rt.deps.db, a.applicationId, { status: 'eligible', awardedCents: null, decidedAt: null });
  });

  it('refuses amounts that are not amounts or break a limit, keeping what was typed and storing nothing', async () => {
    assert.equal((await editor.postForm(page(0), { outcome: 'awarded', amount: '100.000', reason: '' })).statusCode, 303);
    const cases: [string, RegExp][] = [
      ['80.000', /Im Budget des Aufrufs sind nur noch 50\.000\s€ verfügbar/],
      ['zwölf', /nur mit Ziffern/],
      ['-5', /Betrag/],
      ['1,234', /Betrag/],
      ['90.000,00', /beantragten Betrag von 80\.000\s€/],
    ];
    for (const [amount, message] of cases) {
      const res = await editor.postForm(page(1), { outcome: 'awarded', amount, reason: '' }, { csrfFrom: page(1) });
      assert.equal(res.statusCode, 400, amount);
      assert.match(res.body, message, amount);
      assert.match(res.body, new RegExp(`value="${amount.replace('.', '\\.')}"`), `${amount} is kept`);
    }
    assert.equal((await statusOf(1)).status, 'eligible');
    const noReason = await editor.postForm(page(2), { outcome: 'rejected', amount: '', reason: '' }, { csrfFrom: page(2) });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /Begründen Sie die Ablehnung/);
    assert.equal(
      (await editor.postForm(page(1), { outcome: 'awarded', amount: '50.000', reason: 'Mit Auflage: Bericht zur Nutzung.' }, { csrfFrom: page(1) })).statusCode,
      303,
    );
    const list = await editor.get(page());
    assert.match(list.body, /Noch verfügbar/);
    assert.match(list.body, /Gefördert: 100\.000\s€/);
  });

  it('keeps decisions from the applicants until the release, which waits for the deadline and every decision', async () => {
    const before = await applicants[0]!.client.get(`/wettbewerb/bewerbungen/${applicants[0]!.applicationId}`);
    assert.match(before.body, /Formal vollständig/);
    assert.doesNotMatch(before.body, /Gefördert|gefördert mit/);
    const mine = await applicants[0]!.client.get('/wettbewerb/bewerbungen');
    assert.doesNotMatch(mine.body, /Gefördert/);

    const early = await editor.postForm(`${page()}/freigeben`, {}, { csrfFrom: page() });
    assert.equal(early.statusCode, 409);
    assert.match(early.body, /Bewerbungsfrist läuft noch/);
    await updateCallRow(rt.deps.db, callId, { closesAt: new Date(Date.now() - 60_000) });
    const undecided = await editor.postForm(`${page()}/freigeben`, {}, { csrfFrom: page() });
    assert.equal(undecided.statusCode, 409);
    assert.match(undecided.body, /noch nicht alle Bewerbungen entschieden/);
    assert.equal(
      (await editor.postForm(page(2), { outcome: 'rejected', amount: '', reason: 'Das Vorhaben ist schon anderweitig gefördert.' }, { csrfFrom: page(2) }))
        .statusCode,
      303,
    );

    const released = await editor.postForm(`${page()}/freigeben`, {}, { csrfFrom: page() });
    assert.equal(released.statusCode, 303);
    const again = await editor.postForm(`${page()}/freigeben`, {}, { csrfFrom: page() });
    assert.equal(again.statusCode, 303, 'a second click changes nothing');
    assert.equal(await count(sql`select count(*)::int as n from competition_projects where call_id = ${callId}`), 2);
    assert.equal(await count(sql`select count(*)::int as n from jobs where dedupe_key like 'mail:competition-decision:%'`), 3);
    assert.equal(
      await count(sql`select count(*)::int as n from competition_projects where call_id = ${callId} and amount_cents = 5000000 and status = 'running'`),
      1,
    );
  });

  it('tells the applicants afterwards, opens the projects and fixes the decisions', async () => {
    const funded = await applicants[0]!.client.get(`/wettbewerb/bewerbungen/${applicants[0]!.applicationId}`);
    assert.match(funded.body, /Ihr Vorhaben wird gefördert/);
    assert.match(funded.body, /mit 100\.000\s€ gefördert/);
    assert.match(funded.body, /href="\/wettbewerb\/projekte\/[0-9a-f-]{36}"/);
    assert.doesNotMatch(funded.body, /zurueckziehen/, 'no withdrawal after the release');
    const rejected = await applicants[2]!.client.get(`/wettbewerb/bewerbungen/${applicants[2]!.applicationId}`);
    assert.match(rejected.body, /Ihr Vorhaben wird nicht gefördert/);
    assert.match(rejected.body, /anderweitig gefördert/);
    const withdraw = await applicants[2]!.client.postForm(
      `/wettbewerb/bewerbungen/${applicants[2]!.applicationId}/zurueckziehen`,
      {},
      { csrfFrom: `/wettbewerb/bewerbungen/${applicants[2]!.applicationId}` },
    );
    assert.equal(withdraw.statusCode, 409);
    assert.equal((await statusOf(2)).status, 'rejected');

    const change = await editor.postForm(page(2), { outcome: 'awarded', amount: '1.000', reason: '' }, { csrfFrom: page(2) });
    assert.equal(change.statusCode, 409);
    assert.equal((await statusOf(2)).status, 'rejected');
    const showcase = await new TestClient(rt.app).get('/wettbewerb/modellkommunen?wettbewerb=halligen-digital-2099');
    assert.match(showcase.body, /Hallig-Sprechstunde per Video/);
    assert.doesNotMatch(showcase.body, /Fähre und Schule vernetzt/);
  });
});
