import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { runDueJobs, type JobHandlers } from '../jobs/worker.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { queueMail, SEND_MAIL_JOB, sendMailJob } from './queue.ts';
import { AppMetrics } from '../metrics/app-metrics.ts';
import type { OutgoingMail } from './transport.ts';

class ChangeFailed extends Error {}

eachBackend('mail queue', (backend) => {
  let database: TestDatabase;
  let sent: OutgoingMail[];
  let handlers: JobHandlers;
  const mailJobs = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from jobs where kind = ${SEND_MAIL_JOB}`))[0]!.n;

  before(async () => {
    database = await openTestDatabase(backend);
  });
  // runDueJobs takes every due job, so each test starts from an empty queue.
  beforeEach(async () => {
    await database.db.execute(sql`delete from jobs`);
    sent = [];
    handlers = { [SEND_MAIL_JOB]: sendMailJob({ label: 'test', send: async (m) => void sent.push(m), close: () => undefined }, new AppMetrics()) };
  });
  after(async () => database.close());

  it('drops a mail queued in a transaction that then throws: no job, no delivery; the retry that commits sends it once under the same key', async () => {
    const { db } = database;
    const mail = { to: 'erika@beispiel.de', subject: 'Ihre Anmeldung', text: 'Bestätigt.' };
    await assert.rejects(
      db.transaction(async (tx) => {
        assert.equal(await queueMail(tx, mail, 'registration:7'), true, 'queued inside the transaction');
        throw new ChangeFailed('the change after the mail failed');
      }),
      ChangeFailed,
    );
    assert.equal(await mailJobs(), 0, 'no job left behind');
    assert.equal(await runDueJobs(db, handlers), 0);
    assert.equal(sent.length, 0, 'nothing delivered');

    // The rolled-back job must not hold the dedupe key, or the successful retry would send nothing.
    await db.transaction(async (tx) => {
      assert.equal(await queueMail(tx, mail, 'registration:7'), true);
    });
    assert.equal(await runDueJobs(db, handlers), 1);
    assert.deepEqual(
      sent.map((m) => m.to),
      ['erika@beispiel.de'],
    );
  });
});
