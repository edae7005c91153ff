import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';

/** A complete, valid form of a call; tests change single fields. */
function callFields(overrides: FormFields = {}): FormFields {
  return {
    title: 'Wettbewerb Digitale Dörfer 2027',
    summary: 'Gemeinden bis 5.000 Einwohner bewerben sich um Förderung für ein digitales Dorfprojekt.',
    description: '## Was gefördert wird\n\nDigitale Angebote im Dorf.',
    eligibleTypes: ['gemeinde', 'amt'],
    agsPrefix: '01',
    populationMin: '',
    populationMax: '5.000',
    jointApplications: '1',
    opensDate: '2026-12-01',
    opensTime: '09:00',
    closesDate: '2099-02-26',
    closesTime: '23:59',
    maxAmount: '50.000',
    totalBudget: '500.000,00',
    ownSharePercent: '10',
    fundingStart: '2027-07-01',
    fundingEnd: '2029-06-30',
    fieldsOfAction: ['daseinsvorsorge'],
    contact: 'Referat Digitale Kommune, digitale-kommune@example.org',
    ...overrides,
  };
}

eachBackend('competition: calls', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let callId: string;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const callCount = () => count(sql`select count(*)::int as n from competition_calls`);

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => rt.close());

  describe('bad input', () => {
    const refused = async (overrides: FormFields, field: string, message: RegExp) => {
      const before = await callCount();
      const res = await editor.postForm('/verwaltung/wettbewerb/neu', callFields(overrides), { csrfFrom: '/verwaltung/wettbewerb/neu' });
      assert.equal(res.statusCode, 400, `${field}: ${res.body.slice(0, 300)}`);
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, new RegExp(`href="#f-${field}"`), `the summary links to ${field}`);
      assert.match(res.body, message);
      assert.match(res.body, /value="Wettbewerb Digitale Dörfer 2027"/, 'what was typed is kept');
      assert.equal(await callCount(), before, 'nothing stored');
    };

    it('explains what is wrong with an amount, never stores half a call, and keeps the input', async () => {
      await refused({ maxAmount: '50 Tausend' }, 'maxAmount', /nur mit Ziffern/);
      await refused({ maxAmount: '-50.000' }, 'maxAmount', /nicht negativ/);
      await refused({ totalBudget: '500.000,555' }, 'totalBudget', /höchstens zwei Stellen/);
      await refused({ maxAmount: '600.000' }, 'maxAmount', /nicht größer sein als die Fördermittel/);
      await refused({ ownSharePercent: '120' }, 'ownSharePercent', /von 0 bis 100/);
    });

    it('refuses a deadline before the opening, a funding period backwards, a population range backwards and no kind of applicant', async () => {
      await refused({ closesDate: '2026-11-30' }, 'closesDate', /nach dem Beginn der Bewerbungsfrist/);
      await refused({ fundingEnd: '2027-01-01' }, 'fundingEnd', /nach seinem Beginn/);
      await refused({ populationMin: '10.000' }, 'populationMax', /mindestens so groß/);
      await refused({ populationMax: '5,5' }, 'populationMax', /ganze Zahl/);
      await refused({ eligibleTypes: [] }, 'eligibleTypes', /mindestens eine Art/);
    });

    it('answers a state that is not on the list with the form again, and an unknown field with 400', async () => {
      await refused({ agsPrefix: '17' }, 'agsPrefix', /Land aus der Liste/);
      const res = await editor.postForm('/verwaltung/wettbewerb/neu', { ...callFields(), extra: 'x' }, { csrfFrom: '/verwaltung/wettbewerb/neu' });
      assert.equal(res.statusCode, 400);
    });
  });

  it('creates a call once however often the form is sent, as a draft that nobody else sees', async () => {
    const before = await callCount();
    const first = await editor.postForm('/verwaltung/wettbewerb/neu', callFields(), { csrfFrom: '/verwaltung/wettbewerb/neu' });
    assert.equal(first.statusCode, 303);
    const again = await editor.postForm('/verwaltung/wettbewerb/neu', callFields());
    assert.equal(again.statusCode, 303);
    assert.equal(again.location, first.location, 'the second click leads to the same call');
    assert.equal(await callCount(), before + 1);
    callId = first.location!.split('/').pop()!;
    const [row] = await queryRows<{
      slug: string;
      status: string;
      max_amount_cents: string;
      total_budget_cents: string;
      population_max: number;
      closes_at: Date;
    }>(
      rt.deps.db,
      sql`select slug, status, max_amount_cents::text, total_budget_cents::text, population_max, closes_at from competition_calls where id = ${callId}`,
    );
    assert.equal(row!.status, 'draft');
    assert.equal(row!.max_amount_cents, '5000000');
    assert.equal(row!.total_budget_cents, '50000000');
    assert.equal(row!.population_max, 5000);
    assert.equal(new Date(row!.closes_at).toISOString(), '2099-02-26T22:59:00.000Z', '23:59 German winter time');
    assert.equal((await new TestClient(rt.app).get(`/wettbewerb/${row!.slug}`)).statusCode, 404);
    const overview = await editor.open(first.location!);
    assert.match(overview.body, /Der Förderaufruf ist als Entwurf angelegt/);
    assert.match(overview.body, /bis zu 50\.000\u00a0€/);
  });

  it('publishes the call: on the public pages with its conditions and countdown, and in the search', async () => {
    const published = await editor.postForm(
      `/verwaltung/wettbewerb/${callId}/status`,
      { transition: 'publish' },
      { csrfFrom: `/verwaltung/wettbewerb/${callId}` },
    );
    assert.equal(published.statusCode, 303);
    const again = await editor.postForm(`/verwaltung/wettbewerb/${callId}/status`, { transition: 'publish' }, { csrfFrom: `/verwaltung/wettbewerb/${callId}` });
    assert.equal(again.statusCode, 303, 'a second click changes nothing');
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'competition.call.publish'`), 1);

    const visitor = new TestClient(rt.app);
    const list = await visitor.get('/wettbewerb');
    assert.match(list.body, /Wettbewerb Digitale Dörfer 2027/);
    const page = await visitor.get('/wettbewerb/wettbewerb-digitale-doerfer-2027');
    assert.equal(page.statusCode, 200);
    for (const text of [
      /bis zu 50\.000\u00a0€/,
      /500\.000\u00a0€/,
      /10 % der Kosten/,
      /höchstens 5\.000/,
      /Schleswig-Holstein/,
      /Bewerbungsschluss: 26\. Februar 2099 um 23:59/,
      /Noch \d+ Tage/,
      /Europe\/Berlin/,
    ]) {
      assert.match(page.body, text);
    }
    assert.match(page.body, /Melden Sie sich an, um zu sehen/);
    const search = await visitor.get('/suche?q=Digitale+D%C3%B6rfer');
    assert.match(search.body, /Förderaufruf/);
    assert.match(search.body, /href="\/wettbewerb\/wettbewerb-digitale-doerfer-2027"/);
  });

  it('tells a manager which of their organisations may apply, and why another may not', async () => {
    const manager = await createTestUser(rt.deps, { email: 'buergermeisterin@example.org' });
    const fits = await insertOrganisation(rt.deps.db, {
      slug: 'gemeinde-boren',
      name: 'Gemeinde Boren',
      type: 'gemeinde',
      ags: '01059011',
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: 'Boren',
      website: null,
      description: null,
      population: 1700,
    });
    const city = await insertOrganisation(rt.deps.db, {
      slug: 'stadt-mainz-test',
      name: 'Stadt Mainz',
      type: 'stadt',
      ags: '07315000',
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: 'Mainz',
      website: null,
      description: null,
      population: null,
    });
    for (const o of [fits!, city!]) await insertMembership(rt.deps.db, { organisationId: o.id, userId: manager.id, role: 'manager', status: 'active' });
    const client = new TestClient(rt.app);
    assert.equal((await client.login(manager.email, TEST_PASSWORD)).statusCode, 303);
    const page = await client.get('/wettbewerb/wettbewerb-digitale-doerfer-2027');
    assert.match(page.body, /Gemeinde Boren erfüllt die Bedingungen dieses Aufrufs/);
    assert.match(page.body, /Stadt Mainz kann sich bei diesem Aufruf nicht bewerben/);
    assert.match(page.body, /nicht an Organisationen der Art „Gemeinde, Amt“/);
    assert.match(page.body, /Kommunen in Schleswig-Holstein/);
    assert.match(page.body, /keine Einwohnerzahl hinterlegt/);

    const member = await createTestUser(rt.deps);
    const memberClient = new TestClient(rt.app);
    await memberClient.login(member.email, TEST_PASSWORD);
    assert.match((await memberClient.get('/wettbewerb/wettbewerb-digitale-doerfer-2027')).body, /eine Organisation auf der Plattform verwalten/);
  });

  it('keeps the address when the title changes, and takes the call back into draft and out of the search', async () => {
    const saved = await editor.postForm(`/verwaltung/wettbewerb/${callId}/bearbeiten`, callFields({ title: 'Digitale Dörfer – zweite Runde' }), {
      csrfFrom: `/verwaltung/wettbewerb/${callId}/bearbeiten`,
    });
    assert.equal(saved.statusCode, 303);
    const page = await new TestClient(rt.app).get('/wettbewerb/wettbewerb-digitale-doerfer-2027');
    assert.match(page.body, /Digitale Dörfer – zweite Runde/);
    const form = await editor.get(`/verwaltung/wettbewerb/${callId}/bearbeiten`);
    assert.match(form.body, /value="50\.000"/, 'amounts shown as they are typed');
    assert.match(form.body, /value="5\.000"/);

    assert.equal(
      (await editor.postForm(`/verwaltung/wettbewerb/${callId}/status`, { transition: 'unpublish' }, { csrfFrom: `/verwaltung/wettbewerb/${callId}` }))
        .statusCode,
      303,
    );
    assert.equal((await new TestClient(rt.app).get('/wettbewerb/wettbewerb-digitale-doerfer-2027')).statusCode, 404);
    assert.doesNotMatch((await new TestClient(rt.app).get('/suche?q=Digitale+D%C3%B6rfer')).body, /wettbewerb-digitale-doerfer-2027/);
    assert.equal(await count(sql`select count(*)::int as n from audit_log where action like 'competition.call.%'`), 4);
  });
});
