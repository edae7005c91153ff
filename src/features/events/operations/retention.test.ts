import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { eventsPersonalData } from '../personal-data.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';
import { registrationAddressPath, registrationManagePath } from '../registration/service.ts';
import { personalDataRemovedAt } from './retention.ts';
import { worldCafeContributions } from '../core/tables.ts';

const DAY = 24 * 3_600_000;

type RegistrationState = {
  first_name: string;
  last_name: string;
  salutation: string | null;
  email: string;
  organisation: string;
  role: string;
  answers: unknown;
  accessibility_needs: string | null;
  user_id: string | null;
  status: string;
  checked_in_at: Date | null;
  anonymised_at: Date | null;
};

describe('retention dates', () => {
  it('are retention_days after the end of the date', () => {
    const endsAt = new Date('2027-09-30T18:00:00Z');
    assert.deepEqual(personalDataRemovedAt({ retentionDays: 90 }, { endsAt }), new Date('2027-12-29T18:00:00Z'));
    assert.deepEqual(personalDataRemovedAt({ retentionDays: 0 }, { endsAt }), endsAt);
  });
});

eachBackend('event retention and personal data', (backend) => {
  let rt: TestRuntime;
  let event: TestEvent;
  let person: { id: string; email: string; password: string };
  /** the manage link of the person's registration for the old date */
  let oldLink: { reference: string; token: string };
  const now = new Date();

  const registrationsOf = (date: string) =>
    queryRows<RegistrationState & { id: string }>(
      rt.deps.db,
      sql`select * from event_registrations where date_id = ${event.dates[date]} order by queue_number`,
    );
  const anonymisedAt = async (date: string) =>
    (await queryRows<{ at: Date | null }>(rt.deps.db, sql`select anonymised_at as at from event_dates where id = ${event.dates[date]}`))[0]!.at;

  before(async () => {
    rt = await createTestRuntime(backend);
    person = await createTestUser(rt.deps, { email: 'teilnehmerin@example.org', displayName: 'Tina Teilnehmerin' });
    // "old" ended 100 days ago, "recent" 10 days ago, "future" is still to come; retention is 90 days.
    event = await createTestEvent(rt.deps.db, {
      slug: 'aufbewahrung',
      now,
      dates: {
        old: { seats: 1, startsInHours: -100 * 24 - 3, durationHours: 3, deadlineInHours: -101 * 24 },
        recent: { seats: 5, startsInHours: -10 * 24 - 3, durationHours: 3, deadlineInHours: -11 * 24 },
        future: { seats: 5 },
      },
    });
    for (const date of ['old', 'recent', 'future']) {
      const mine = await registerDirectly(
        rt.deps,
        event.dates[date]!,
        testAnswers(event, { email: 'teilnehmerin@example.org', accessibilityNeeds: 'Induktionsschleife' }),
      );
      if (date === 'old' && mine.kind === 'registered') oldLink = { reference: mine.registration.reference, token: mine.manageToken };
      await registerDirectly(rt.deps, event.dates[date]!, testAnswers(event, { firstName: 'Otto', lastName: 'Andere', email: `otto-${date}@example.org` }));
    }
    await rt.deps.db.execute(
      sql`update event_registrations set checked_in_at = ${new Date(now.getTime() - 100 * DAY).toISOString()}::timestamptz where email = 'teilnehmerin@example.org' and date_id = ${event.dates.old}`,
    );
    await rt.deps.db
      .insert(worldCafeContributions)
      .values({ questionId: event.worldCafe[0]!, userId: person.id, authorName: 'Tina Teilnehmerin', body: 'Mein Gedanke' });
  });
  after(async () => {
    await rt.close();
  });

  it('exports the registrations linked to the account, not those that only share its address, and the contributions', async () => {
    // as if the person had registered for the future date while signed in; the other two were made without an account
    await rt.deps.db.execute(
      sql`update event_registrations set user_id = ${person.id} where email = 'teilnehmerin@example.org' and date_id = ${event.dates.future}`,
    );
    const exported = (await eventsPersonalData.export(rt.deps.db, person.id)) as {
      registrations: { email: string; dateId: string; accessibilityNeeds: string | null; consentText: string }[];
      worldCafeContributions: { text: string; question: string }[];
    };
    assert.deepEqual(
      exported.registrations.map((r) => r.dateId),
      [event.dates.future],
    );
    assert.ok(
      exported.registrations.every((r) => r.email === 'teilnehmerin@example.org' && r.accessibilityNeeds === 'Induktionsschleife' && r.consentText.length > 0),
    );
    assert.deepEqual(
      exported.worldCafeContributions.map((c) => [c.text, c.question]),
      [['Mein Gedanke', 'Wie gelingt die digitale Verwaltung?']],
    );
  });

  it('anonymises the registrations of dates past their retention period, keeping status and counts', async () => {
    const before = await registrationsOf('old');
    await rt.runtime.sweep(now);
    const old = await registrationsOf('old');
    assert.equal(old.length, 2);
    for (const [i, r] of old.entries()) {
      assert.equal(r.first_name, '–');
      assert.equal(r.last_name, '–');
      assert.equal(r.salutation, null);
      assert.equal(r.email, `anonymisiert-${r.id}@invalid`);
      assert.equal(r.organisation, '');
      assert.equal(r.role, '');
      assert.deepEqual(r.answers, {});
      assert.equal(r.accessibility_needs, null);
      assert.equal(r.user_id, null);
      assert.ok(r.anonymised_at);
      assert.equal(r.status, before[i]!.status, 'status kept');
      assert.deepEqual(r.checked_in_at, before[i]!.checked_in_at, 'check-in kept');
    }
    assert.deepEqual(
      old.map((r) => r.status),
      ['confirmed', 'waiting'],
    );
    assert.ok(await anonymisedAt('old'));
    for (const date of ['recent', 'future']) {
      assert.equal(await anonymisedAt(date), null, date);
      assert.ok(
        (await registrationsOf(date)).every((r) => r.first_name !== '–' && r.anonymised_at === null),
        date,
      );
    }
    // The audit log says which date lost how many people's data, so that an enquiry can be answered.
    const audit = await queryRows<{ subject_type: string; after: unknown }>(
      rt.deps.db,
      sql`select subject_type, after from audit_log where action = 'event.date.anonymise' and subject_id = ${event.dates.old}`,
    );
    assert.deepEqual(audit, [{ subject_type: 'event_date', after: { registrations: 2 } }]);
  });

  it('answers the manage links of anonymised registrations with a page that says the data has been deleted', async () => {
    const client = new TestClient(rt.app);
    const manage = registrationManagePath(oldLink.reference, oldLink.token);
    for (const url of [
      manage,
      registrationAddressPath(oldLink.reference, oldLink.token),
      `/anmeldung/${oldLink.reference}/angebot?token=${encodeURIComponent(oldLink.token)}`,
    ]) {
      const page = await client.get(url);
      assert.equal(page.statusCode, 410, url);
      assert.match(page.body, /Die Daten dieser Anmeldung wurden gelöscht/);
      assert.doesNotMatch(page.body, /<button[^>]*>\s*Anmeldung stornieren/);
    }
    const cancel = await client.postForm(
      `/anmeldung/${oldLink.reference}`,
      { token: oldLink.token },
      { csrfFrom: `/veranstaltungen/${event.slug}/termine/${event.dates.future}/anmeldung` },
    );
    assert.equal(cancel.statusCode, 410, 'no action possible');
    const english = await client.get(manage, { cookie: 'dk_lang=en' });
    assert.match(english.body, /The data of this registration has been deleted/);
    // without the link's secret nothing tells whether the reference exists
    assert.equal((await client.get(registrationManagePath(oldLink.reference, 'falsch'))).statusCode, 404);
  });

  it('is idempotent: a second run, also in another process at the same time, changes nothing', async () => {
    const first = await anonymisedAt('old');
    const rowsBefore = await registrationsOf('old');
    await Promise.all([rt.runtime.sweep(new Date(now.getTime() + 1000)), rt.runtime.sweep(new Date(now.getTime() + 2000))]);
    assert.deepEqual(await anonymisedAt('old'), first);
    assert.deepEqual(await registrationsOf('old'), rowsBefore);
    const audit = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = 'event.date.anonymise'`);
    assert.equal(audit[0]!.n, 1);
  });

  it('shows editors when the data goes, and that it has gone', async () => {
    const editor = await createTestUser(rt.deps, { email: 'aufbewahrung-redaktion@example.org', siteRole: 'editor' });
    const client = new TestClient(rt.app);
    await client.login(editor.email, editor.password);
    const oldPage = await client.get(`/verwaltung/veranstaltungen/${event.id}/termine/${event.dates.old}/anmeldungen`);
    assert.match(oldPage.body, /Die personenbezogenen Daten der Anmeldungen zu diesem Termin wurden am .+ gelöscht\. Nur die Zahlen sind erhalten\./);
    assert.doesNotMatch(oldPage.body, /Stornieren/, 'nothing to cancel once anonymised');
    assert.doesNotMatch(oldPage.body, /Person von Hand anmelden/);
    const recentPage = await client.get(`/verwaltung/veranstaltungen/${event.id}/termine/${event.dates.recent}/anmeldungen`);
    assert.match(recentPage.body, /werden am .+ automatisch gelöscht \(90 Tage nach dem Termin\)/);
  });

  it('on account deletion unlinks the registrations and removes the name from contributions', async () => {
    await rt.deps.db.execute(sql`update event_registrations set user_id = ${person.id} where email = 'teilnehmerin@example.org'`);
    await rt.deps.db.transaction(async (tx) => eventsPersonalData.erase(tx, person.id));
    const linked = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from event_registrations where user_id = ${person.id}`);
    assert.equal(linked[0]!.n, 0);
    const [contribution] = await queryRows<{ author_name: string; user_id: string | null; body: string }>(
      rt.deps.db,
      sql`select author_name, user_id, body from event_world_cafe_contributions`,
    );
    assert.deepEqual(contribution, { author_name: 'Gelöschtes Konto', user_id: null, body: 'Mein Gedanke' });
  });
});
