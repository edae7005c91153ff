import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { runOncePerSubmissionUnlessRefused } from './submissions.ts';

eachBackend('submissions that a command refuses', (backend) => {
  let database: TestDatabase;
  const written = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from submission_probe`))[0]?.n;

  before(async () => {
    database = await openTestDatabase(backend);
    await database.db.execute(sql`create table submission_probe (n int)`);
  });
  after(async () => {
    await database.close();
  });

  it('hands the refusal back, keeps nothing of it, and runs the corrected form with the same id once', async () => {
    const submissionId = randomUUID();
    const send = (refuse: boolean) =>
      runOncePerSubmissionUnlessRefused(database.db, submissionId, async (tx) => {
        await tx.execute(sql`insert into submission_probe values (1)`);
        return refuse ? { refused: 'arsTaken' as const } : '/gespeichert';
      });
    assert.deepEqual(await send(true), { refused: 'arsTaken' });
    assert.equal(await written(), 0, 'the refused work is rolled back');
    assert.deepEqual(await send(false), { location: '/gespeichert', repeated: false });
    assert.deepEqual(await send(false), { location: '/gespeichert', repeated: true });
    assert.equal(await written(), 1);
  });
});
