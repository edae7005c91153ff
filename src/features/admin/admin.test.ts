import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';

eachBackend('administration', (backend) => {
  let rt: TestRuntime;
  let admin: TestClient;
  let adminId: string;

  before(async () => {
    rt = await createTestRuntime(backend);
    const a = await createTestUser(rt.deps, { siteRole: 'admin', email: 'chefin@example.org' });
    adminId = a.id;
    admin = new TestClient(rt.app);
    await admin.login(a.email, a.password);
  });
  after(async () => {
    await rt.close();
  });

  describe('users and roles', () => {
    it('finds accounts by name and filters by role', async () => {
      await createTestUser(rt.deps, { displayName: 'Frieda Filter', siteRole: 'juror' });
      const res = await admin.get('/verwaltung/nutzer?q=frieda&rolle=juror');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Frieda Filter/);
      const none = await admin.get('/verwaltung/nutzer?q=frieda&rolle=editor');
      assert.doesNotMatch(none.body, /Frieda Filter/);
    });

    it('changes a role and writes who, what and before/after to the audit log', async () => {
      const user = await createTestUser(rt.deps, { displayName: 'Rolf Rolle' });
      const res = await admin.postForm(`/verwaltung/nutzer/${user.id}/rolle`, { role: 'editor' }, { csrfFrom: `/verwaltung/nutzer/${user.id}` });
      assert.equal(res.statusCode, 303);
      const rows = await queryRows<{ site_role: string }>(rt.deps.db, sql`select site_role from users where id = ${user.id}`);
      assert.equal(rows[0]?.site_role, 'editor');
      const audit = await queryRows<{ actor_label: string; before: { siteRole: string }; after: { siteRole: string } }>(
        rt.deps.db,
        sql`select actor_label, before, after from audit_log where action = 'user.role' and subject_id = ${user.id}`,
      );
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_label, 'chefin@example.org');
      assert.equal(audit[0]?.before.siteRole, 'member');
      assert.equal(audit[0]?.after.siteRole, 'editor');
      const log = await admin.get('/verwaltung/protokoll?aktion=user.role');
      assert.match(log.body, /chefin@example\.org/);
      const impossibleDay = await admin.get('/verwaltung/protokoll?aktion=user.role&von=2026-13-45&bis=2026-02-30');
      assert.equal(impossibleDay.statusCode, 200, 'a day that does not exist is ignored, not sent to the database');
      assert.match(impossibleDay.body, /chefin@example\.org/);
    });

    it('never lets the last administrator be demoted or an admin demote themselves', async () => {
      const self = await admin.postForm(`/verwaltung/nutzer/${adminId}/rolle`, { role: 'member' }, { csrfFrom: `/verwaltung/nutzer/${adminId}` });
      assert.equal(self.location, `/verwaltung/nutzer/${adminId}`);
      const page = await admin.get(self.location!);
      assert.equal(page.statusCode, 409);
      assert.match(page.body, /Es gibt ein Problem/);
      const rows = await queryRows<{ site_role: string }>(rt.deps.db, sql`select site_role from users where id = ${adminId}`);
      assert.equal(rows[0]?.site_role, 'admin');
    });

    it('disabling an account ends its sessions and blocks login', async () => {
      const user = await createTestUser(rt.deps);
      const victim = new TestClient(rt.app);
      await victim.login(user.email, user.password);
      assert.equal((await victim.get('/konto')).statusCode, 200);
      await admin.postForm(`/verwaltung/nutzer/${user.id}/sperre`, { disabled: '1' }, { csrfFrom: `/verwaltung/nutzer/${user.id}` });
      assert.equal((await victim.get('/konto')).statusCode, 303);
      assert.equal((await new TestClient(rt.app).login(user.email, user.password)).statusCode, 401);
    });

    it('answers 404 for an unknown or malformed account id', async () => {
      assert.equal((await admin.get('/verwaltung/nutzer/00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await admin.get('/verwaltung/nutzer/%27%20or%201=1')).statusCode, 404);
    });
  });

  describe('settings', () => {
    it('renames the installation, shows it in the header and audits the change', async () => {
      const res = await admin.postForm('/verwaltung/einstellungen', { siteName: 'Digitale Modellkommunen SH', contactEmail: 'programm@example.org', demo: '' });
      assert.equal(res.statusCode, 303);
      const home = await new TestClient(rt.app).get('/');
      assert.match(home.body, /Digitale Modellkommunen SH/);
      const audit = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = 'settings.update'`);
      assert.equal(audit[0]?.n, 1);
    });
  });
});
