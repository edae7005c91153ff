import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RegistrationOutcome } from './confirm-registration.ts';
import { sealRegistration } from './form-token.ts';
import { lockDate } from './repository.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';

// PostgreSQL takes the confirmations in parallel on its connections; PGlite has one and
// queues them, so a few dozen prove the same there.
const PEOPLE_AT_ONCE = { postgres: 200, pglite: 40 } as const;
const SEATS = 5;

/**
 * The rule that matters most: however many confirmations arrive at once, a date never has
 * more confirmed people than seats. On PostgreSQL the requests really run in parallel
 * (a pool of connections); PGlite has one connection, so there they queue up.
 */
eachBackend('event registration under concurrent confirmations', (backend) => {
  let rt: TestRuntime;
  let event: TestEvent;
  const PEOPLE = PEOPLE_AT_ONCE[backend];

  before(async () => {
    rt = await createTestRuntime(backend);
    event = await createTestEvent(rt.deps.db, { slug: 'ansturm', dates: { d: { seats: SEATS } } });
  });
  after(async () => {
    await rt.close();
  });

  it(`gives ${SEATS} seats to ${PEOPLE} people confirming at once (each clicking twice), the rest waits, nothing twice`, async () => {
    const dateId = event.dates.d!;
    const path = `/veranstaltungen/${event.slug}/termine/${dateId}/anmeldung`;
    const page = await rt.app.inject({ method: 'GET', url: path });
    const _csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(_csrf);
    const tokens = Array.from({ length: PEOPLE }, (_, i) =>
      sealRegistration(rt.deps.keyring, { answers: testAnswers(event, { email: `person${i}@example.org` }), dateId, consentVersion: 1, userId: null }),
    );
    // Each person at their own computer: one client may confirm only a few times per date.
    const confirm = (token: string, click: number) =>
      rt.app.inject({
        method: 'POST',
        url: `${path}/bestaetigen`,
        remoteAddress: `10.0.0.${(click % PEOPLE) + 1}`,
        headers: { host: 'localhost', origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        payload: new URLSearchParams({ _csrf, token }).toString(),
      });
    const responses = await Promise.all([...tokens, ...tokens].map(confirm));
    assert.deepEqual([...new Set(responses.map((r) => r.statusCode))], [200]);
    assert.equal(responses.filter((r) => /Ihre Anmeldung ist bestätigt/.test(r.body)).length, SEATS * 2, 'both clicks of a seated person show the seat');

    const [counts] = await queryRows<{ confirmed: number; waiting: number; total: number; references: number; seats_taken: number }>(
      rt.deps.db,
      sql`select count(*) filter (where status = 'confirmed')::int as confirmed,
                 count(*) filter (where status = 'waiting')::int as waiting,
                 count(*)::int as total,
                 count(distinct reference)::int as references,
                 (select confirmed_count from event_dates where id = ${dateId}) as seats_taken
          from event_registrations where date_id = ${dateId}`,
    );
    assert.deepEqual(counts, { confirmed: SEATS, waiting: PEOPLE - SEATS, total: PEOPLE, references: PEOPLE, seats_taken: SEATS });
    // queued with each registration, written and sent by the worker
    const [jobs] = await queryRows<{ receipts: number }>(rt.deps.db, sql`select count(*)::int as receipts from jobs where dedupe_key like 'events:receipt:%'`);
    assert.equal(jobs!.receipts, PEOPLE, 'one receipt per person');
    await rt.runJobs();
    const receipts = rt.mails.filter((m) => /DK-/.test(m.subject));
    assert.equal(receipts.length, PEOPLE, 'each receipt sent once');
    assert.equal(new Set(receipts.map((m) => m.to)).size, PEOPLE);
    const positions = rt.mails
      .filter((m) => m.subject.startsWith('Warteliste'))
      .map((m) => Number(/Platz (\d+) der Warteliste/.exec(m.text)?.[1]))
      .sort((a, b) => a - b);
    assert.deepEqual(
      positions,
      Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1),
      'every waiting person is told their own place',
    );
  });

  // Someone joining the waiting list while the sweep offers a seat must come after it, or the
  // place they are told would be wrong: the date's lock orders the two. Only PostgreSQL has a
  // second connection that can hold the lock meanwhile.
  it("joins the waiting list of a full date only after whoever holds the date's lock", { skip: backend === 'pglite' && 'one connection' }, async () => {
    const full = await createTestEvent(rt.deps.db, { slug: 'voll', dates: { d: { seats: 1 } }, questions: false, worldCafe: false });
    const dateId = full.dates.d!;
    const confirm = (email: string) => registerDirectly(rt.deps, dateId, testAnswers(full, { email }));
    const statusOf = (outcome: RegistrationOutcome) => (outcome.kind === 'registered' ? outcome.registration.status : outcome.kind);
    assert.equal(statusOf(await confirm('sitzt@example.org')), 'confirmed');

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let taken!: () => void;
    const lockTaken = new Promise<void>((resolve) => (taken = resolve));
    const holder = rt.deps.db.transaction(async (tx) => {
      await lockDate(tx, dateId);
      taken();
      await released;
    });
    await lockTaken;
    let done = false;
    const joining = confirm('wartet@example.org').finally(() => (done = true));
    for (;;) {
      const [waits] = await queryRows<{ n: number }>(
        rt.deps.db,
        sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (waits!.n > 0) break;
      assert.equal(done, false, "the confirmation went on without waiting for the date's lock");
      await sleep(10);
    }
    release();
    await holder;
    assert.equal(statusOf(await joining), 'waiting');
  });
});
