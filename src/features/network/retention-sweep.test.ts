import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { daysBefore } from '../../platform/retention/periods.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { insertDemoGroup, insertDemoNotifications } from './demo-repository.ts';
import { NOTIFICATION_DAYS, sweepNetworkRetention } from './retention-sweep.ts';

eachBackend('network: retention sweep', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  it('deletes notifications and digest runs older than the period, read or not, and keeps the younger ones', async () => {
    const now = new Date();
    const person = await createTestUser(rt.deps);
    const group = await insertDemoGroup(rt.deps.db, {
      slug: 'aufbewahrung',
      name: 'Aufbewahrung',
      summary: 'Zum Testen',
      visibility: 'public',
      joinPolicy: 'open',
    });
    assert.ok(group);
    const old = daysBefore(now, NOTIFICATION_DAYS + 1);
    const young = daysBefore(now, NOTIFICATION_DAYS - 1);
    await insertDemoNotifications(rt.deps.db, [
      { userId: person.id, groupId: group.id, kind: 'join_decision', createdAt: old, readAt: null, mailedAt: null },
      { userId: person.id, groupId: group.id, kind: 'join_decision', createdAt: old, readAt: old, mailedAt: old },
      { userId: person.id, groupId: group.id, kind: 'invitation', createdAt: young },
    ]);
    await queryRows(
      rt.deps.db,
      sql`insert into network_digest_runs (user_id, frequency, period, created_at) values
          (${person.id}, 'weekly', '2025-W01', ${old.toISOString()}), (${person.id}, 'daily', '2026-12-01', ${young.toISOString()})`,
    );
    await sweepNetworkRetention(rt.deps, now);
    await sweepNetworkRetention(rt.deps, now);
    const kinds = await queryRows<{ kind: string }>(rt.deps.db, sql`select kind from network_notifications where user_id = ${person.id}`);
    assert.deepEqual(kinds, [{ kind: 'invitation' }]);
    const runs = await queryRows<{ period: string }>(rt.deps.db, sql`select period from network_digest_runs where user_id = ${person.id}`);
    assert.deepEqual(runs, [{ period: '2026-12-01' }]);
  });
});
