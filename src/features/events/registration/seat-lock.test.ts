import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServer, startProxiedRuntime, type ProxiedRuntime } from '../../../testing/proxied-runtime.ts';
import { createTestEvent, registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';

/**
 * Every confirmation of a popular date queues for the date's row lock. The statement that
 * takes it must commit as it ends: a lock held while the app process waits for its event loop
 * (busy with other people's pages) makes everyone behind it wait as well (issue 19). A proxy
 * between the app and the server reads what the server answers after each statement: "idle"
 * means no transaction is open, so no lock is held. (PGlite runs one statement at a time.)
 */
describe('the date lock of a confirmation', { skip: skipWithoutServer }, () => {
  let app: ProxiedRuntime;

  before(async () => {
    app = await startProxiedRuntime({ keepStatements: true, env: { METRICS_ALLOW: '127.0.0.1' } });
  });

  after(async () => {
    await app?.close();
  });

  /** The statements of one confirmation, as the server finished them. */
  async function confirmationStatements(event: Awaited<ReturnType<typeof createTestEvent>>, email: string) {
    const first = app.proxy.seen.length;
    const outcome = await registerDirectly(app.runtime.deps, event.dates.d!, testAnswers(event, { email }));
    assert.equal(outcome.kind, 'registered');
    return { status: outcome.kind === 'registered' ? outcome.registration.status : undefined, statements: app.proxy.seen.slice(first) };
  }

  const locksTheDate = (sql: string) => /update "event_dates" set confirmed_count|from "event_dates" .*for update/s.test(sql);

  it('takes the seat, stores the registration and queues its receipt in one statement that commits as it ends', async () => {
    const event = await createTestEvent(app.runtime.deps.db, { slug: 'sperre', dates: { d: { seats: 1 } } });
    for (const [email, expected] of [
      ['erste@amt-beispiel.de', 'confirmed'],
      ['zweite@amt-beispiel.de', 'waiting'],
    ] as const) {
      const { status, statements } = await confirmationStatements(event, email);
      assert.equal(status, expected);
      const locking = statements.filter((s) => locksTheDate(s.sql));
      assert.equal(locking.length, 1, `one statement touches the date's row (${expected}):\n${statements.map((s) => s.sql).join('\n')}`);
      const [statement] = locking;
      assert.match(statement!.sql, /insert into "event_registrations"/);
      assert.match(statement!.sql, /insert into "jobs"/);
      assert.equal(statement!.transaction, 'idle', 'no transaction stays open after the statement that takes the lock');
      assert.ok(
        statements.every((s) => s.transaction === 'idle'),
        `a confirmation opens no transaction at all:\n${statements.map((s) => `${s.transaction}: ${s.sql}`).join('\n')}`,
      );
    }
    // Operators see the same figure: the statement's own clock, from taking the lock to the stored row.
    const metrics = await app.runtime.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    const count = /^digitale_kommune_lock_held_seconds_count\{lock="event_date"\} (\d+)$/m.exec(metrics.body)?.[1];
    const sum = Number(/^digitale_kommune_lock_held_seconds_sum\{lock="event_date"\} (\S+)$/m.exec(metrics.body)?.[1]);
    assert.equal(count, '2', 'both confirmations measured');
    assert.ok(sum > 0 && sum < 1, `held for ${sum} s in all`);
  });
});
