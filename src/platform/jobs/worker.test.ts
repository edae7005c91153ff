import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { queueMail, SEND_MAIL_JOB, sendMailJob } from '../mail/queue.ts';
import { AppMetrics } from '../metrics/app-metrics.ts';
import type { OutgoingMail } from '../mail/transport.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { claimDueJobs, countOpenJobs, insertJob } from './repository.ts';
import { retryDelaySeconds, runDueJobs, type JobHandlers } from './worker.ts';

interface JobRow extends Record<string, unknown> {
  attempts: number;
  last_error: string | null;
  due_in_seconds: number;
  done: boolean;
  failed: boolean;
}

async function jobRow(db: Database, kind: string): Promise<JobRow> {
  const rows = await queryRows<JobRow>(
    db,
    sql`select attempts, last_error, extract(epoch from run_at - now())::float8 as due_in_seconds,
               done_at is not null as done, failed_at is not null as failed
        from jobs where kind = ${kind}`,
  );
  assert.equal(rows.length, 1);
  return rows[0]!;
}

/** What the worker would find once the backoff has passed. */
async function makeDue(db: Database, kind: string): Promise<void> {
  await db.execute(sql`update jobs set run_at = now() - interval '1 second' where kind = ${kind}`);
}

it('backs off exponentially from 10 seconds up to one hour', () => {
  assert.deepEqual([1, 2, 3, 4].map(retryDelaySeconds), [10, 20, 40, 80]);
  assert.equal(retryDelaySeconds(30), 3600);
});

eachBackend('jobs', (backend) => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(backend);
  });
  // runDueJobs takes every due job, so each test starts from an empty queue.
  beforeEach(async () => {
    await database.db.execute(sql`delete from jobs`);
  });
  after(async () => database.close());

  it('creates a job only once per dedupe key', async () => {
    const { db } = database;
    assert.equal(await insertJob(db, { kind: 'digest', payload: { week: 12 }, dedupeKey: 'digest:12' }), true);
    assert.equal(await insertJob(db, { kind: 'digest', payload: { week: 12 }, dedupeKey: 'digest:12' }), false);
    assert.equal(await insertJob(db, { kind: 'digest', payload: { week: 13 }, dedupeKey: 'digest:13' }), true);
    assert.equal(await countOpenJobs(db, 'digest'), 2);

    const sent: OutgoingMail[] = [];
    const handlers: JobHandlers = {
      [SEND_MAIL_JOB]: sendMailJob({ label: 'test', send: async (m) => void sent.push(m), close: () => undefined }, new AppMetrics()),
    };
    const mail = { to: 'erika@beispiel.de', subject: 'Ihre Anmeldung', text: 'Bestätigt.' };
    await queueMail(db, mail, 'registration:42');
    await queueMail(db, mail, 'registration:42');
    await runDueJobs(db, { ...handlers, digest: async () => undefined });
    assert.equal(sent.length, 1, 'one mail for one dedupe key');
  });

  it('claims a job planned for later only once its time has come', async () => {
    const { db } = database;
    await insertJob(db, { kind: 'later', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
    await insertJob(db, { kind: 'now', payload: {} });
    assert.deepEqual(
      (await claimDueJobs(db, 10, 60)).map((job) => job.kind),
      ['now'],
    );
    await makeDue(db, 'later');
    assert.deepEqual(
      (await claimDueJobs(db, 10, 60)).map((job) => job.kind),
      ['later'],
    );
  });

  it('keeps the first 2,000 characters of an error', async () => {
    const { db } = database;
    await insertJob(db, { kind: 'noisy', payload: {} });
    await runDueJobs(db, {
      noisy: async () => {
        throw new Error(`550 ${'x'.repeat(5_000)}`);
      },
    });
    const row = await jobRow(db, 'noisy');
    assert.equal(row.last_error?.length, 2_000);
    assert.ok(row.last_error?.startsWith('550 x'));
  });

  it('retries a failed job after a growing delay and completes it later', async () => {
    const { db } = database;
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: async () => {
        calls++;
        if (calls <= 2) throw new Error(`SMTP down (${calls})`);
      },
    };
    await insertJob(db, { kind: 'flaky', payload: {} });

    assert.equal(await runDueJobs(db, handlers), 1);
    let row = await jobRow(db, 'flaky');
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, 'SMTP down (1)');
    assert.ok(row.due_in_seconds > 5 && row.due_in_seconds <= 10, `first retry in about 10 s, was ${row.due_in_seconds}`);
    assert.equal(await runDueJobs(db, handlers), 0, 'not due again before the delay');

    await makeDue(db, 'flaky');
    await runDueJobs(db, handlers);
    row = await jobRow(db, 'flaky');
    assert.equal(row.attempts, 2);
    assert.ok(row.due_in_seconds > 15 && row.due_in_seconds <= 20, `second retry in about 20 s, was ${row.due_in_seconds}`);

    await makeDue(db, 'flaky');
    await runDueJobs(db, handlers);
    row = await jobRow(db, 'flaky');
    assert.deepEqual(
      { attempts: row.attempts, done: row.done, failed: row.failed, error: row.last_error },
      { attempts: 3, done: true, failed: false, error: null },
    );
    assert.equal(calls, 3);
  });

  it('gives up after the last attempt and says why', async () => {
    const { db } = database;
    await insertJob(db, { kind: 'doomed', payload: {}, maxAttempts: 2 });
    const handlers: JobHandlers = { doomed: async () => Promise.reject(new Error('address rejected')) };
    await runDueJobs(db, handlers);
    await makeDue(db, 'doomed');
    await runDueJobs(db, handlers);
    const row = await jobRow(db, 'doomed');
    assert.deepEqual(
      { attempts: row.attempts, failed: row.failed, done: row.done, error: row.last_error },
      { attempts: 2, failed: true, done: false, error: 'address rejected' },
    );
    await makeDue(db, 'doomed');
    assert.equal(await runDueJobs(db, handlers), 0, 'a failed job is not tried again');
  });

  it('hands each job to only one of two concurrent claimers', async () => {
    const { db } = database;
    for (let i = 0; i < 10; i++) await insertJob(db, { kind: 'parallel', payload: { i } });
    const [a, b] = await Promise.all([claimDueJobs(db, 6, 60), claimDueJobs(db, 6, 60)]);
    const ids = [...a!, ...b!].map((j) => j.id);
    assert.equal(ids.length, 10, 'between them they claimed every job');
    assert.equal(new Set(ids).size, 10, 'no job was claimed twice');
    assert.equal((await claimDueJobs(db, 10, 60)).length, 0, 'claimed jobs are leased, not due');
  });

  if (backend === 'postgres') {
    it('skips rows another process has locked instead of waiting for them', async () => {
      const { db } = database;
      for (let i = 0; i < 5; i++) await insertJob(db, { kind: 'locked', payload: { i } });
      await db.transaction(async (tx) => {
        const first = await claimDueJobs(tx, 2, 60);
        // A second pool connection while the first transaction still holds its row locks.
        const second = await claimDueJobs(db, 10, 60);
        assert.equal(first.length, 2);
        assert.equal(second.length, 3);
        assert.equal(new Set([...first, ...second].map((j) => j.id)).size, 5);
      });
    });
  }
});
