import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { verifyPassword } from '../auth/password.ts';
import { findUserByEmail, insertUser } from '../auth/user-repository.ts';
import { queryRows, type DatabaseHandle } from '../db/client.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createAdmin } from './create-admin.ts';

eachBackend('create-admin', (backend) => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openTestDatabase(backend);
  });
  after(async () => {
    await handle.close();
  });

  const auditActions = async (email: string) =>
    (
      await queryRows<{ action: string; actor_label: string }>(
        handle.db,
        sql`select a.action, a.actor_label from audit_log a join users u on u.id::text = a.subject_id where u.email = ${email} order by a.at`,
      )
    ).map((r) => `${r.action} by ${r.actor_label}`);

  it('creates a verified administrator whose printed password signs in', async () => {
    const result = await createAdmin(handle.db, { email: ' Chefin@Amt-Suederbrarup.de ', name: 'Die Chefin' });
    assert.equal(result.outcome, 'created');
    assert.ok(result.outcome === 'created' && result.password.length >= 20);
    const user = await findUserByEmail(handle.db, 'chefin@amt-suederbrarup.de');
    assert.equal(user?.siteRole, 'admin');
    assert.equal(user?.displayName, 'Die Chefin');
    assert.ok(user?.emailVerifiedAt);
    assert.equal(await verifyPassword(user?.passwordHash, result.outcome === 'created' ? result.password : ''), true);
    assert.deepEqual(await auditActions('chefin@amt-suederbrarup.de'), ['user.create-admin by system']);
  });

  it('promotes an existing member and leaves the password alone', async () => {
    await insertUser(handle.db, { email: 'jan@example.org', displayName: 'Jan', passwordHash: 'unchanged-hash' });
    const result = await createAdmin(handle.db, { email: 'jan@example.org' });
    assert.deepEqual(result, { outcome: 'promoted', email: 'jan@example.org', disabled: false, hasPassword: true });
    const user = await findUserByEmail(handle.db, 'jan@example.org');
    assert.equal(user?.siteRole, 'admin');
    assert.equal(user?.passwordHash, 'unchanged-hash');
    assert.ok(user?.emailVerifiedAt, 'the address counts as verified');

    const again = await createAdmin(handle.db, { email: 'jan@example.org' });
    assert.equal(again.outcome, 'already-admin');
    assert.deepEqual(await auditActions('jan@example.org'), ['user.promote-admin by system'], 'nothing changed, nothing recorded');
  });

  it('rejects an address that is not one', async () => {
    await assert.rejects(createAdmin(handle.db, { email: 'admin' }), /e-mail address "admin" is not valid/);
  });
});
