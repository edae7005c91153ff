import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { seriesValue } from '../../../platform/testing/prometheus-text.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { eventDates } from '../core/tables.ts';
import { createTestEvent, registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';

const TOKEN = 'prometheus-token-of-the-data-centre-0123456789';

eachBackend('registrations in /metrics', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { config: { metrics: { allow: [], token: TOKEN } } });
  });
  after(async () => rt.close());

  const series = async (status: string) => {
    const res = await rt.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    return seriesValue(res.body, `digitale_kommune_event_registrations{status="${status}"}`);
  };

  it('counts the confirmed and waiting registrations of dates to come, and leaves out dates that have ended', async () => {
    assert.equal(await series('confirmed'), 0, 'every status is there from the start');
    const coming = await createTestEvent(rt.deps.db, { slug: 'metriken-kommend', dates: { one: { seats: 1 } }, questions: false, worldCafe: false });
    const past = await createTestEvent(rt.deps.db, { slug: 'metriken-vorbei', dates: { one: { seats: 5 } }, questions: false, worldCafe: false });
    const answers = (email: string) => testAnswers({ questions: {}, worldCafe: [] }, { email });
    const statusOf = async (dateId: string, email: string) => {
      const outcome = await registerDirectly(rt.deps, dateId, answers(email));
      return outcome.kind === 'registered' ? outcome.registration.status : outcome.kind;
    };
    assert.equal(await statusOf(coming.dates.one!, 'erste@example.org'), 'confirmed');
    assert.equal(await statusOf(coming.dates.one!, 'zweite@example.org'), 'waiting');
    assert.equal(await statusOf(coming.dates.one!, 'dritte@example.org'), 'waiting');
    assert.equal(await statusOf(past.dates.one!, 'frueher@example.org'), 'confirmed');
    // the date of that registration is over
    const weekAgo = Date.now() - 7 * 24 * 3_600_000;
    await rt.deps.db
      .update(eventDates)
      .set({ startsAt: new Date(weekAgo), endsAt: new Date(weekAgo + 3_600_000), registrationDeadline: new Date(weekAgo - 3_600_000) })
      .where(eq(eventDates.id, past.dates.one!));
    assert.equal(await series('confirmed'), 1);
    assert.equal(await series('waiting'), 2);
    assert.equal(await series('held'), 0);
  });
});
