import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildServer } from '../../server.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { queryRows } from '../db/client.ts';
import { shippedMigrations } from '../db/migration-state.ts';
import { JobHeartbeat } from '../jobs/heartbeat.ts';

const MINUTE = 60_000;

it('tells a worker that has not begun, runs, went quiet, hangs in a round or is stopping', () => {
  const beat = new JobHeartbeat(1000, 120_000);
  const t0 = 1_000_000;
  assert.equal(beat.state(t0), 'idle');
  beat.started(t0);
  assert.equal(beat.state(t0 + 30_000), 'alive');
  assert.equal(beat.state(t0 + 32_000), 'stalled', 'no round for longer than the pause and half a minute');
  beat.roundStarted(t0 + 1000);
  assert.equal(beat.state(t0 + 100_000), 'alive', 'a long round within the lease');
  assert.equal(beat.state(t0 + 122_000), 'stalled', 'a round beyond the lease');
  beat.roundEnded(t0 + 122_000);
  assert.equal(beat.state(t0 + 123_000), 'alive');
  beat.stopped();
  assert.equal(beat.state(t0 + 123_000), 'stopped');
});

eachBackend('liveness and readiness probes', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  const probe = async (app: TestRuntime['app'], url: string) => {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.headers['cache-control'], 'no-store', url);
    return { status: res.statusCode, body: res.json() as Record<string, string> };
  };

  it('answers liveness without the database, and readiness with database, migrations and the job worker', async () => {
    assert.deepEqual(await probe(rt.app, '/livez'), { status: 200, body: { status: 'ok' } });
    const ready = { status: 200, body: { status: 'ok', database: 'ok', migrations: 'applied', jobs: 'idle' } };
    assert.deepEqual(await probe(rt.app, '/readyz'), ready);
    assert.deepEqual(await probe(rt.app, '/healthz'), ready, 'the older name answers the same');

    rt.runtime.startWorker();
    assert.equal((await probe(rt.app, '/readyz')).body.jobs, 'alive');
  });

  it('is not ready while the job worker hangs or stops', async () => {
    const beat = new JobHeartbeat(1000, 120_000);
    const app = await buildServer({ deps: rt.deps, heartbeat: beat, logger: false });
    try {
      beat.started(Date.now() - 10 * MINUTE);
      assert.deepEqual(await probe(app, '/readyz'), { status: 503, body: { status: 'unavailable', database: 'ok', migrations: 'applied', jobs: 'stalled' } });
      beat.started();
      assert.equal((await probe(app, '/readyz')).status, 200);
      beat.stopped();
      assert.deepEqual((await probe(app, '/readyz')).body.jobs, 'stopped');
      assert.equal((await probe(app, '/readyz')).status, 503);
      assert.equal((await probe(app, '/livez')).status, 200);
    } finally {
      await app.close();
    }
  });

  it('is not ready while a migration of this build is missing from the database', async () => {
    const [last] = await queryRows<{ id: number }>(rt.deps.db, sql`select id from drizzle.__drizzle_migrations order by created_at desc limit 1`);
    await rt.deps.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    const app = await buildServer({ deps: rt.deps, logger: false });
    try {
      assert.ok(shippedMigrations() > 1);
      assert.deepEqual(await probe(app, '/readyz'), { status: 503, body: { status: 'unavailable', database: 'ok', migrations: 'pending', jobs: 'idle' } });
    } finally {
      await app.close();
    }
  });
});
