import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';

eachBackend('event check-in', (backend) => {
  let rt: TestRuntime;
  let staff: TestClient;
  let event: TestEvent;
  let page: string;
  const people: Record<string, { id: string; reference: string }> = {};

  const checkedInAt = async (name: string) =>
    (await queryRows<{ at: Date | null }>(rt.deps.db, sql`select checked_in_at as at from event_registrations where id = ${people[name]!.id}`))[0]!.at;

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { email: 'einlass@example.org', siteRole: 'editor' });
    event = await createTestEvent(rt.deps.db, { slug: 'einlass', dates: { heide: { seats: 2, town: 'Heide' } } });
    for (const [first, last] of [
      ['Jana', 'Petersen'],
      ['Ole', 'Hansen'],
      ['Wiebke', 'Wartend'],
    ] as const) {
      const outcome = await registerDirectly(
        rt.deps,
        event.dates.heide!,
        testAnswers(event, { firstName: first, lastName: last, email: `${first.toLowerCase()}@example.org` }),
      );
      assert.equal(outcome.kind, 'registered');
      people[first] = { id: outcome.registration.id, reference: outcome.registration.reference };
    }
    page = `/verwaltung/veranstaltungen/${event.id}/termine/${event.dates.heide}/einlass`;
    staff = new TestClient(rt.app);
    await staff.login(user.email, user.password);
  });
  after(async () => {
    await rt.close();
  });

  it('lists the confirmed participants only, with the script that filters while typing', async () => {
    const res = await staff.get(page);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /0 von 2 eingecheckt/);
    assert.match(res.body, /Jana Petersen/);
    assert.match(res.body, /Ole Hansen/);
    assert.doesNotMatch(res.body, /Wiebke/, 'the waiting list does not come in');
    const script = res.body.match(/<script src="(\/static\/build\/checkin-[0-9a-f]+\.js)" defer><\/script>/)?.[1];
    assert.ok(script, 'the page loads its filter script');
    assert.match(res.body, /data-search="jana petersen gemeinde musterstadt dk-[^"]+"/);
    assert.equal((await staff.get(script)).statusCode, 200);
  });

  it('finds a person by the reference from the QR code, however it is typed', async () => {
    for (const typed of [people.Ole!.reference, people.Ole!.reference.toLowerCase(), people.Ole!.reference.replace(/-/g, '')]) {
      const res = await staff.get(`${page}?suche=${encodeURIComponent(typed)}`);
      assert.match(res.body, /Ole Hansen/, typed);
      assert.doesNotMatch(res.body, /Jana Petersen/, typed);
    }
    assert.match((await staff.get(`${page}?suche=${people.Wiebke!.reference}`)).body, /Niemand mit einem bestätigten Platz passt zu Ihrer Suche/);
  });

  it('checks a person in once, keeps the first time on a second press, and can undo it', async () => {
    await staff.get(`${page}?suche=ole`);
    // The button's form carries the search as a hidden field, which the browser sends along.
    assert.match(staff.lastPage!, /<input type="hidden" name="suche" value="ole"\/>/);
    const first = await staff.postForm(`${page}/${people.Ole!.id}`, { suche: 'ole' });
    assert.equal(first.statusCode, 303);
    assert.equal(first.location, `${page}?suche=ole#p-${people.Ole!.id}`, 'back to the same search, at the person');
    const at = await checkedInAt('Ole');
    assert.ok(at);
    const shown = await staff.followRedirect(first);
    assert.match(shown.body, /Ole Hansen ist eingecheckt/);
    assert.match(shown.body, /anwesend seit \d{2}:\d{2} Uhr/);
    assert.match(shown.body, /1 von 2 eingecheckt/);
    assert.doesNotMatch((await staff.get(`${page}?suche=ole`)).body, /Ole Hansen ist eingecheckt/, 'a reload does not confirm again');
    assert.equal((await staff.postForm(`${page}/${people.Ole!.id}`, {})).statusCode, 303);
    assert.deepEqual(await checkedInAt('Ole'), at, 'the first time stays');
    const audits = await queryRows<{ n: number }>(
      rt.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'event.registration.checkIn' and subject_id = ${people.Ole!.id}`,
    );
    assert.equal(audits[0]!.n, 1);

    await staff.get(`${page}?suche=ole`);
    const undo = await staff.postForm(`${page}/${people.Ole!.id}/rueckgaengig`, { suche: 'ole' });
    assert.equal(undo.statusCode, 303);
    assert.match((await staff.followRedirect(undo)).body, /Der Check-in von Ole Hansen wurde zurückgenommen/);
    assert.equal(await checkedInAt('Ole'), null);
  });

  it('refuses someone without a seat with a message and changes nothing', async () => {
    await staff.get(page);
    const res = await staff.postForm(`${page}/${people.Wiebke!.id}`, {});
    assert.equal(res.statusCode, 303);
    assert.match((await staff.followRedirect(res)).body, /Diese Anmeldung hat keinen bestätigten Platz/);
    assert.equal(await checkedInAt('Wiebke'), null);
    assert.equal((await staff.postForm(`${page}/00000000-0000-4000-8000-000000000000`, {})).statusCode, 404);
  });

  it('is closed to everyone but editors', async () => {
    const member = await createTestUser(rt.deps, { email: 'kein-personal@example.org' });
    const client = new TestClient(rt.app);
    await client.login(member.email, member.password);
    assert.equal((await client.get(page)).statusCode, 403);
    const post = await client.postForm(`${page}/${people.Jana!.id}`, {}, { csrfFrom: '/' });
    assert.equal(post.statusCode, 403);
    assert.equal(await checkedInAt('Jana'), null);
  });
});
