import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { insertAccountToken } from '../auth/token-repository.ts';
import { sha256 } from '../crypto.ts';
import { queryRows } from '../db/client.ts';
import { outboxDir } from '../mail/outbox.ts';
import { queueMail } from '../mail/queue.ts';
import { DAY_MS, FINISHED_JOB_DAYS, OUTBOX_DAYS } from '../retention/periods.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';

const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

eachBackend('maintenance sweep', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  it(`keeps done and failed mail jobs but clears their recipient, text and error after ${FINISHED_JOB_DAYS} days`, async () => {
    const { db } = rt.deps;
    const now = new Date();
    const cases = {
      'done-old': { doneAt: ago(now, FINISHED_JOB_DAYS + 1), failedAt: null },
      'failed-old': { doneAt: null, failedAt: ago(now, FINISHED_JOB_DAYS + 1) },
      'done-recent': { doneAt: ago(now, FINISHED_JOB_DAYS - 1), failedAt: null },
      'failed-recent': { doneAt: null, failedAt: ago(now, FINISHED_JOB_DAYS - 1) },
    };
    for (const [key, times] of Object.entries(cases)) {
      await queueMail(db, { to: `${key}@beispiel.de`, subject: 'Ihre Anmeldung', text: 'Hallo Erika Mustermann' }, `maintenance:${key}`);
      await db.execute(
        sql`update jobs set done_at = ${times.doneAt?.toISOString() ?? null}::timestamptz, failed_at = ${times.failedAt?.toISOString() ?? null}::timestamptz,
                   attempts = 3, last_error = ${times.failedAt ? `550 <${key}@beispiel.de>: unknown` : null}
            where dedupe_key = ${`mail:maintenance:${key}`}`,
      );
    }

    await rt.runtime.sweep(now);

    const rows = await queryRows<{
      key: string;
      payload: Record<string, unknown>;
      last_error: string | null;
      attempts: number;
      done: boolean;
      failed: boolean;
    }>(
      db,
      sql`select substring(dedupe_key from 18) as key, payload, last_error, attempts, done_at is not null as done, failed_at is not null as failed
          from jobs where dedupe_key like 'mail:maintenance:%' order by key`,
    );
    assert.deepEqual(
      rows.map((r) => r.key),
      ['done-old', 'done-recent', 'failed-old', 'failed-recent'],
      'every row stays, so counts of sent and failed mail remain',
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const key of ['done-old', 'failed-old']) {
      const row = byKey.get(key)!;
      assert.deepEqual(row.payload, {}, `${key}: payload cleared`);
      assert.equal(row.last_error, null, `${key}: error cleared`);
      assert.equal(row.attempts, 3);
      assert.equal(row.done || row.failed, true, `${key}: status kept`);
    }
    assert.equal(byKey.get('done-recent')!.payload.to, 'done-recent@beispiel.de');
    assert.equal(byKey.get('failed-recent')!.payload.to, 'failed-recent@beispiel.de');
    assert.match(byKey.get('failed-recent')!.last_error ?? '', /failed-recent@beispiel\.de/);
  });

  it(`empties the development outbox of mail files older than ${OUTBOX_DAYS} days`, async () => {
    const now = new Date();
    const dir = outboxDir(rt.deps.config.dataDir);
    await fs.mkdir(dir, { recursive: true });
    const files = { 'old.eml': OUTBOX_DAYS + 1, 'recent.eml': OUTBOX_DAYS - 1, 'notes.txt': OUTBOX_DAYS + 30 };
    for (const [name, age] of Object.entries(files)) {
      const file = path.join(dir, name);
      await fs.writeFile(file, 'To: erika@beispiel.de\n\nHallo');
      await fs.utimes(file, ago(now, age), ago(now, age));
    }

    await rt.runtime.sweep(now);

    assert.deepEqual((await fs.readdir(dir)).sort(), ['notes.txt', 'recent.eml'], 'only mail files are the outbox’s to delete');
  });

  it('deletes e-mailed account links once they have expired, with the new address they carry', async () => {
    const { db } = rt.deps;
    const now = new Date();
    const user = await createTestUser(rt.deps);
    for (const [name, expiresAt] of [
      ['expired', ago(now, 1 / 24)],
      ['open', new Date(now.getTime() + 3600_000)],
    ] as const) {
      await insertAccountToken(db, {
        tokenHash: sha256(`maintenance-${name}`),
        userId: user.id,
        purpose: 'change-email',
        newEmail: `${name}@neu.example`,
        expiresAt,
      });
    }

    await rt.runtime.sweep(now);

    const left = await queryRows<{ new_email: string }>(db, sql`select new_email from account_tokens where user_id = ${user.id}`);
    assert.deepEqual(
      left.map((r) => r.new_email),
      ['open@neu.example'],
    );
  });
});
