import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { requestPasswordReset } from '../../features/accounts/reset-password.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { SiteSettingsStore } from './site-settings.ts';

class Undone extends Error {}

/*
 * The settings are read on every page and kept for a few seconds. Code that runs inside a
 * transaction reads them through it: on the embedded database the transaction holds the one
 * connection, and a read past it waited for ever once the kept value had run out (seen as a
 * hang of the password reset under load). A store that keeps nothing makes that happen on
 * every read; each test gives up after ten seconds instead of hanging the suite.
 */
eachBackend('site settings inside a transaction', (backend) => {
  let rt: TestRuntime;
  let store: SiteSettingsStore;
  before(async () => {
    rt = await createTestRuntime(backend);
    store = new SiteSettingsStore(rt.deps.db, 0);
  });
  after(async () => {
    await rt.close();
  });

  it('reads through the caller’s transaction, and keeps nothing a rollback takes back', { timeout: 10_000 }, async () => {
    await store.update({ siteName: 'Digitale Kommune' });
    await assert.rejects(
      rt.deps.db.transaction(async (tx) => {
        await store.update({ siteName: 'Zurückgenommen' }, tx);
        assert.equal((await store.get(tx)).siteName, 'Zurückgenommen');
        throw new Undone();
      }),
      Undone,
    );
    assert.equal((await store.get()).siteName, 'Digitale Kommune');
    const kept = new SiteSettingsStore(rt.deps.db, 60_000);
    await assert.rejects(
      rt.deps.db.transaction(async (tx) => {
        await kept.update({ siteName: 'Nur im Entwurf' }, tx);
        await kept.get(tx);
        throw new Undone();
      }),
      Undone,
    );
    assert.equal((await kept.get()).siteName, 'Digitale Kommune', 'the value read inside the undone transaction was not kept');
  });

  it('queues an account e-mail inside its transaction however old the kept settings are', { timeout: 10_000 }, async () => {
    const user = await createTestUser(rt.deps);
    await requestPasswordReset({ ...rt.deps, settings: store }, user.email);
    await rt.runJobs();
    assert.equal(rt.mails.filter((m) => m.to === user.email).length, 1);
  });
});
