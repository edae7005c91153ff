import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient, type TestResponse } from '../../platform/testing/client.ts';
import { backends, createTestRuntime, createTestUser, TEST_PASSWORD, type TestRuntime } from '../../testing/harness.ts';
import { unsealFrom } from './cookies.ts';
import { ssoFeature } from './index.ts';
import { LINK_MINUTES, LOGIN_MINUTES } from './lifetimes.ts';
import { mappedRole } from './role-mapping.ts';
import { loginAtProvider, startTestProvider, type TestProvider } from './testing/test-provider.ts';

const count = async (rt: TestRuntime, query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]?.n ?? -1;
const pathOf = (url: URL) => `${url.pathname}${url.search}`;

/** Presses "Mit … anmelden" on /anmelden; the answer redirects to the provider. */
async function startAtApp(client: TestClient): Promise<string> {
  const res = await client.postForm('/anmelden/sso', {}, { csrfFrom: '/anmelden' });
  assert.equal(res.statusCode, 303);
  assert.ok(res.location);
  return res.location;
}

/** The whole round trip: start, log in at the provider as `sub`, the provider's redirect back to the app. */
async function ssoLogin(client: TestClient, sub: string): Promise<{ callback: URL; res: TestResponse }> {
  const callback = await loginAtProvider(await startAtApp(client), sub);
  return { callback, res: await client.get(pathOf(callback)) };
}

describe('role mapping', () => {
  const config = { roleClaim: 'groups', roleMap: { 'dk-redaktion': 'editor', 'dk-admin': 'admin', 'dk-jury': 'juror' } };
  it('takes the highest mapped role, and member when the claim names none', () => {
    assert.equal(mappedRole(config, { groups: ['dk-jury', 'dk-redaktion'] }), 'editor');
    assert.equal(mappedRole(config, { groups: ['dk-admin', 'dk-jury'] }), 'admin');
    assert.equal(mappedRole(config, { groups: ['andere'] }), 'member');
    assert.equal(mappedRole(config, {}), 'member');
    assert.equal(mappedRole({ roleClaim: undefined, roleMap: {} }, { groups: ['dk-admin'] }), undefined);
  });
});

// One backend: the flow's SQL is a handful of plain statements, and every run starts a provider.
const backend = backends.includes('postgres') ? 'postgres' : 'pglite';

describe(`single sign-on against a real OpenID provider [${backend}]`, () => {
  let provider: TestProvider;
  let rt: TestRuntime;
  before(async () => {
    provider = await startTestProvider({ appBaseUrl: 'http://localhost' });
    rt = await createTestRuntime(backend, {
      config: {
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          scopes: 'openid email profile groups',
          providerName: 'Landesportal SH',
          roleClaim: 'groups',
          roleMap: { 'dk-redaktion': 'editor', 'dk-admin': 'admin' },
        },
      },
    });
  });
  after(async () => {
    await rt?.close();
    await provider?.close();
  });

  it('shows the button on the login page, a form with the CSRF token', async () => {
    const client = new TestClient(rt.app);
    const res = await client.get('/anmelden');
    assert.match(res.body, /<form method="post" action="\/anmelden\/sso"[^>]*>\s*<input type="hidden" name="_csrf"/);
    assert.match(res.body, /Mit Landesportal SH anmelden/);
    // the form's redirect to the provider must pass the page's form-action, or Chromium stops it
    assert.match(String(res.headers['content-security-policy']), new RegExp(`form-action 'self' ${provider.issuer};`));
    // without the token the start is refused: no login can be planted from another site
    const forged = await client.request('POST', '/anmelden/sso', { payload: 'weiter=%2F', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(forged.statusCode, 403);
  });

  it('sends the person to the provider with PKCE S256, state and nonce, and keeps them on the server', async () => {
    const client = new TestClient(rt.app);
    const url = new URL(await startAtApp(client));
    assert.equal(url.origin, provider.issuer);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(url.searchParams.get('code_challenge'));
    assert.ok(url.searchParams.get('state'));
    assert.ok(url.searchParams.get('nonce'));
    const key = client.cookie('dk_sso_anmeldung');
    assert.ok(key && !key.includes(url.searchParams.get('state')!));
  });

  it('creates a new account only after the person agrees, with the mapped role, and logs in', async () => {
    const client = new TestClient(rt.app);
    const { res } = await ssoLogin(client, 'kiel-neu');
    assert.equal(res.location, '/anmelden/sso/konto-anlegen');
    const page = await client.get('/anmelden/sso/konto-anlegen');
    assert.match(page.body, /Jana Petersen/);
    assert.match(page.body, /href="\/datenschutz"/);
    const refused = await client.postForm('/anmelden/sso/konto-anlegen', {});
    assert.equal(refused.statusCode, 400);
    assert.equal(await count(rt, sql`select count(*)::int as n from users where email = 'neu.kiel@landesportal.example'`), 0);
    const created = await client.postForm('/anmelden/sso/konto-anlegen', { privacyConsent: '1' });
    assert.equal(created.statusCode, 303);
    assert.equal(created.location, '/konto');
    const account = await client.get('/konto');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Verknüpft mit neu.kiel@landesportal.example/);
    // without a password the forms that ask for it would be dead ends: the way to set one instead
    assert.doesNotMatch(account.body, /href="\/konto\/(passwort|email)"/);
    assert.match(account.body, /<a href="\/passwort-vergessen">Passwort festlegen<\/a>/);
    const rows = await queryRows<{ site_role: string; password_hash: string | null; verified: boolean }>(
      rt.deps.db,
      sql`select site_role, password_hash, email_verified_at is not null as verified from users where email = 'neu.kiel@landesportal.example'`,
    );
    assert.deepEqual(rows, [{ site_role: 'editor', password_hash: null, verified: true }]);
    assert.equal(
      await count(rt, sql`select count(*)::int as n from consents c join users u on u.id = c.user_id where u.email = 'neu.kiel@landesportal.example'`),
      1,
    );
    assert.equal(await count(rt, sql`select count(*)::int as n from audit_log where action = 'sso.account-created'`), 1);
    // without a password the link cannot be removed: the person would be locked out
    assert.doesNotMatch(account.body, /action="\/konto\/sso\/loesen"/);
  });

  it('logs a known identity in, maps the role at each login, and logs out at the provider', async () => {
    const client = new TestClient(rt.app);
    const first = await ssoLogin(client, 'kiel-neu');
    assert.equal(first.res.location, '/konto');
    assert.equal(await count(rt, sql`select count(*)::int as n from users where email = 'neu.kiel@landesportal.example'`), 1);

    const logout = await client.postForm('/abmelden', {}, { csrfFrom: '/konto' });
    assert.equal(logout.statusCode, 303);
    const end = new URL(logout.location!);
    assert.equal(end.origin, provider.issuer);
    assert.ok(end.searchParams.get('id_token_hint'));
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), 'http://localhost/anmelden');
    assert.equal((await client.get('/konto')).statusCode, 303, 'logged out here');

    // the provider takes the group away: back to member at the next login
    provider.accounts['kiel-neu']!.groups = [];
    const second = await ssoLogin(new TestClient(rt.app), 'kiel-neu');
    assert.equal(second.res.location, '/konto');
    const role = await queryRows<{ site_role: string }>(rt.deps.db, sql`select site_role from users where email = 'neu.kiel@landesportal.example'`);
    assert.equal(role[0]?.site_role, 'member');
    assert.equal(await count(rt, sql`select count(*)::int as n from audit_log where action = 'sso.role-changed'`), 1);
    provider.accounts['kiel-neu']!.groups = ['dk-redaktion'];
  });

  it('links an existing account only after the password confirms it', async () => {
    const owner = await createTestUser(rt.deps, { email: 'amt.eider@beispiel.de' });
    provider.accounts['kiel-amt'] = { email: 'Amt.Eider@beispiel.de', email_verified: true, name: 'Amt Eider', groups: [] };
    const identities = sql`select count(*)::int as n from sso_identities where user_id = ${owner.id}`;
    const client = new TestClient(rt.app);
    const { res } = await ssoLogin(client, 'kiel-amt');
    assert.equal(res.location, '/anmelden/sso/verknuepfen');
    const page = await client.get('/anmelden/sso/verknuepfen');
    assert.match(page.body, /amt.eider@beispiel.de/);
    assert.equal(await count(rt, identities), 0, 'nothing linked before the confirmation');
    assert.equal((await client.get('/konto')).statusCode, 303, 'not logged in before the confirmation');

    const wrong = await client.postForm('/anmelden/sso/verknuepfen', { password: 'falsches Passwort' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Das Passwort ist nicht richtig/);
    assert.equal(await count(rt, identities), 0);
    // another browser without the pending link's cookie cannot confirm it
    const stranger = await new TestClient(rt.app).postForm('/anmelden/sso/verknuepfen', { password: TEST_PASSWORD }, { csrfFrom: '/anmelden' });
    assert.equal(stranger.statusCode, 400);
    assert.equal(await count(rt, identities), 0);

    const linked = await client.postForm('/anmelden/sso/verknuepfen', { password: TEST_PASSWORD });
    assert.equal(linked.statusCode, 303);
    assert.equal(await count(rt, identities), 1);
    assert.equal((await client.get('/konto')).statusCode, 200);
    // next time the identity logs straight in
    const again = await ssoLogin(new TestClient(rt.app), 'kiel-amt');
    assert.equal(again.res.location, '/konto');

    // with a password, the link can be removed on the account page
    const account = await client.get('/konto');
    const identity = /name="identity" value="([^"]+)"/.exec(account.body)?.[1];
    assert.ok(identity);
    const foreign = await new TestClient(rt.app).login('neu.kiel@landesportal.example', 'x');
    assert.notEqual(foreign.statusCode, 303, 'the SSO-only account has no password');
    const unlinked = await client.postForm('/konto/sso/loesen', { identity });
    assert.equal(unlinked.statusCode, 200);
    assert.equal(await count(rt, identities), 0);
  });

  it('refuses an address the provider has not verified, and stores nothing', async () => {
    const before = await count(rt, sql`select count(*)::int as n from users`);
    const { res } = await ssoLogin(new TestClient(rt.app), 'kiel-unbestaetigt');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /nicht als bestätigt/);
    assert.equal(await count(rt, sql`select count(*)::int as n from users`), before);
  });

  it('links an account without a password by the mailed link only; the account then deletes itself by a mailed link', async () => {
    const owner = await createTestUser(rt.deps, { email: 'amt.geest@beispiel.de', displayName: 'Amt Geest' });
    await rt.deps.db.execute(sql`update users set password_hash = null where id = ${owner.id}`);
    provider.accounts['geest-ohne-passwort'] = { email: 'amt.geest@beispiel.de', email_verified: true, name: 'Amt Geest', groups: [] };
    const identities = sql`select count(*)::int as n from sso_identities where user_id = ${owner.id}`;
    const client = new TestClient(rt.app);
    assert.equal((await ssoLogin(client, 'geest-ohne-passwort')).res.location, '/anmelden/sso/verknuepfen');
    const page = await client.get('/anmelden/sso/verknuepfen');
    assert.match(page.body, /action="\/anmelden\/sso\/verknuepfen\/email"/);
    assert.doesNotMatch(page.body, /type="password"/);
    // without a password there is nothing to type: any password is refused
    assert.equal((await client.postForm('/anmelden/sso/verknuepfen', { password: 'irgendwas' }, { csrfFrom: '/anmelden' })).statusCode, 400);
    // the browser that came from the provider cannot confirm alone: its own key is no mailed link
    const browserKey = (unsealFrom(rt.deps.keyring, 'link', client.cookie('dk_sso_verknuepfung')) as { key: string }).key;
    assert.equal((await client.get(`/anmelden/sso/verknuepfen/bestaetigen?token=${browserKey}`)).statusCode, 400);
    assert.equal(
      (await new TestClient(rt.app).postForm('/anmelden/sso/verknuepfen/bestaetigen', { token: browserKey }, { csrfFrom: '/anmelden' })).statusCode,
      400,
    );
    assert.equal(await count(rt, identities), 0);

    const sent = await client.postForm('/anmelden/sso/verknuepfen/email', {}, { csrfFrom: '/anmelden/sso/verknuepfen' });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /amt.geest@beispiel.de/);
    assert.equal(await count(rt, identities), 0, 'nothing linked before the mail is confirmed');
    await rt.runJobs();
    const mail = rt.mails.find((m) => m.to === 'amt.geest@beispiel.de' && m.subject === 'Konto mit Landesportal SH verknüpfen');
    const token = /\/anmelden\/sso\/verknuepfen\/bestaetigen\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    assert.ok(token, 'the mail carries the link');

    // nor after the mail is sent: neither its cookie nor its key opens the link
    assert.equal((await client.get('/anmelden/sso/verknuepfen')).statusCode, 400);
    assert.equal((await client.get(`/anmelden/sso/verknuepfen/bestaetigen?token=${browserKey}`)).statusCode, 400);
    const withKey = await client.postForm('/anmelden/sso/verknuepfen/bestaetigen', { token: browserKey }, { csrfFrom: '/anmelden' });
    assert.equal(withKey.statusCode, 400);
    assert.equal(await count(rt, identities), 0);

    // the mailed link, opened anywhere: the GET only shows the button, the POST links
    const reader = new TestClient(rt.app);
    const confirm = await reader.get(`/anmelden/sso/verknuepfen/bestaetigen?token=${token}`);
    assert.equal(confirm.statusCode, 200);
    assert.equal(await count(rt, identities), 0, 'a mail scanner opening the link links nothing');
    assert.equal((await reader.postForm('/anmelden/sso/verknuepfen/bestaetigen', { token })).statusCode, 200);
    assert.equal(await count(rt, identities), 1);
    assert.equal(await count(rt, sql`select count(*)::int as n from audit_log where action = 'sso.linked-by-mail' and subject_id = ${owner.id}`), 1);
    assert.equal((await reader.postForm('/anmelden/sso/verknuepfen/bestaetigen', { token }, { csrfFrom: '/anmelden' })).statusCode, 400, 'used up');

    // logged in through the provider, the person finds the identity in the data export
    const person = new TestClient(rt.app);
    assert.equal((await ssoLogin(person, 'geest-ohne-passwort')).res.location, '/konto');
    const exported = JSON.parse((await person.get('/konto/daten')).body) as { singleSignOn: { subject: string; email: string }[] };
    assert.deepEqual(
      exported.singleSignOn.map(({ subject, email }) => ({ subject, email })),
      [{ subject: 'geest-ohne-passwort', email: 'amt.geest@beispiel.de' }],
    );

    // no password to type: the deletion is confirmed by a link mailed to the account's address
    const form = await person.get('/konto/loeschen');
    assert.doesNotMatch(form.body, /name="currentPassword"/);
    assert.equal((await person.postForm('/konto/loeschen', {})).statusCode, 400, 'the confirmation box is still required');
    const asked = await person.postForm('/konto/loeschen', { confirm: '1' });
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /amt.geest@beispiel.de/);
    const live = sql`select count(*)::int as n from users where id = ${owner.id} and deleted_at is null`;
    assert.equal(await count(rt, live), 1, 'the session alone deletes nothing');
    await rt.runJobs();
    const deletionMail = rt.mails.find((m) => m.to === 'amt.geest@beispiel.de' && m.subject === 'Löschen Ihres Kontos bestätigen');
    const deletionToken = /\/konto\/loeschen\/bestaetigen\?token=([\w-]+)/.exec(deletionMail?.text ?? '')?.[1];
    assert.ok(deletionToken);
    assert.equal((await person.get(`/konto/loeschen/bestaetigen?token=${deletionToken}`)).statusCode, 200);
    assert.equal(await count(rt, live), 1, 'opening the link deletes nothing');
    // a link still being confirmed elsewhere goes with the account too
    await rt.deps.db.execute(
      sql`insert into sso_pending_links (key_hash, user_id, issuer, subject, email) values ('offen-geest', ${owner.id}, ${provider.issuer}, 'x', 'amt.geest@beispiel.de')`,
    );
    const deleted = await person.postForm('/konto/loeschen/bestaetigen', { token: deletionToken });
    assert.equal(deleted.statusCode, 200);
    assert.equal(await count(rt, live), 0);
    assert.equal(await count(rt, identities), 0, 'the identities are erased');
    assert.equal(await count(rt, sql`select count(*)::int as n from sso_pending_links where user_id = ${owner.id}`), 0);
    assert.equal(await count(rt, sql`select count(*)::int as n from audit_log where action = 'account.delete-by-mail' and subject_id = ${owner.id}`), 1);
    assert.equal((await person.get('/konto')).statusCode, 303, 'logged out');
    assert.equal((await person.postForm('/konto/loeschen/bestaetigen', { token: deletionToken }, { csrfFrom: '/anmelden' })).statusCode, 400);
  });

  it('asks an account with a password for it, not for a mailed link', async () => {
    const user = await createTestUser(rt.deps);
    const client = new TestClient(rt.app);
    await client.login(user.email, user.password);
    assert.equal((await client.postForm('/konto/loeschen', { confirm: '1' })).statusCode, 400);
    assert.equal(await count(rt, sql`select count(*)::int as n from account_tokens where user_id = ${user.id}`), 0);
    assert.equal(await count(rt, sql`select count(*)::int as n from users where id = ${user.id} and deleted_at is null`), 1);
  });

  it('creates one account when "Konto anlegen" is sent twice at once', async () => {
    provider.accounts['kiel-doppelt'] = { email: 'doppelt@landesportal.example', email_verified: true, name: 'Doppelt Klick', groups: [] };
    const client = new TestClient(rt.app);
    assert.equal((await ssoLogin(client, 'kiel-doppelt')).res.location, '/anmelden/sso/konto-anlegen');
    await client.get('/anmelden/sso/konto-anlegen');
    const answers = await Promise.all([
      client.postForm('/anmelden/sso/konto-anlegen', { privacyConsent: '1' }),
      client.postForm('/anmelden/sso/konto-anlegen', { privacyConsent: '1' }),
    ]);
    assert.deepEqual(
      answers.map((a) => [a.statusCode, a.location]),
      [
        [303, '/konto'],
        [303, '/konto'],
      ],
    );
    assert.equal(await count(rt, sql`select count(*)::int as n from users where email = 'doppelt@landesportal.example'`), 1);
    assert.equal(await count(rt, sql`select count(*)::int as n from sso_identities where subject = 'kiel-doppelt'`), 1);
    assert.equal((await client.get('/konto')).statusCode, 200);
  });

  it('keeps the last active administrator when the claim no longer names the role, and audits the refusal', async () => {
    const admins = sql`select count(*)::int as n from users where site_role = 'admin' and deleted_at is null and disabled_at is null`;
    assert.equal(await count(rt, admins), 0, 'the test database starts without administrators');
    provider.accounts['kiel-admin'] = { email: 'admin.kiel@landesportal.example', email_verified: true, name: 'Admin Kiel', groups: ['dk-admin'] };
    const client = new TestClient(rt.app);
    assert.equal((await ssoLogin(client, 'kiel-admin')).res.location, '/anmelden/sso/konto-anlegen');
    await client.postForm('/anmelden/sso/konto-anlegen', { privacyConsent: '1' }, { csrfFrom: '/anmelden/sso/konto-anlegen' });
    const role = async () =>
      (await queryRows<{ site_role: string }>(rt.deps.db, sql`select site_role from users where email = 'admin.kiel@landesportal.example'`))[0]?.site_role;
    assert.equal(await role(), 'admin');

    provider.accounts['kiel-admin']!.groups = [];
    assert.equal((await ssoLogin(new TestClient(rt.app), 'kiel-admin')).res.location, '/konto', 'the login itself goes on');
    assert.equal(await role(), 'admin', 'the last administrator is not demoted');
    assert.equal(await count(rt, sql`select count(*)::int as n from audit_log where action = 'sso.role-change-refused'`), 1);

    // with another administrator, the provider's word counts again
    await createTestUser(rt.deps, { siteRole: 'admin' });
    assert.equal((await ssoLogin(new TestClient(rt.app), 'kiel-admin')).res.location, '/konto');
    assert.equal(await role(), 'member');
  });

  it('the sweep deletes pending logins and links past their minutes and keeps fresh ones', async () => {
    const user = await createTestUser(rt.deps);
    const old = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const login = (key: string, createdAt: Date) =>
      sql`insert into sso_logins (key_hash, state, nonce, code_verifier, created_at) values (${key}, 's', 'n', 'v', ${createdAt})`;
    const link = (key: string, createdAt: Date) =>
      sql`insert into sso_pending_links (key_hash, user_id, issuer, subject, email, created_at) values (${key}, ${user.id}, 'i', ${key}, 'e', ${createdAt})`;
    await rt.deps.db.execute(login('sweep-login-alt', old(LOGIN_MINUTES + 1)));
    await rt.deps.db.execute(login('sweep-login-frisch', old(LOGIN_MINUTES - 1)));
    await rt.deps.db.execute(link('sweep-link-alt', old(LINK_MINUTES + 1)));
    await rt.deps.db.execute(link('sweep-link-frisch', old(LINK_MINUTES - 1)));
    await ssoFeature.sweep!(rt.deps, new Date());
    const keys = await queryRows<{ key_hash: string }>(
      rt.deps.db,
      sql`select key_hash from sso_logins where key_hash like 'sweep-%' union all select key_hash from sso_pending_links where key_hash like 'sweep-%' order by 1`,
    );
    assert.deepEqual(
      keys.map((k) => k.key_hash),
      ['sweep-link-frisch', 'sweep-login-frisch'],
    );
  });

  describe('answers that are not accepted: 400, an explanation, nothing stored, no session', () => {
    const stored = () => count(rt, sql`select (select count(*) from users) + (select count(*) from sso_identities) + (select count(*) from sessions) as n`);

    async function refusedWith(client: TestClient, path: string, text: RegExp) {
      const before = await stored();
      const res = await client.get(path);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, text);
      assert.match(res.body, /Es wurde nichts gespeichert/);
      assert.equal(await stored(), before);
      assert.equal(client.cookie('dk_session'), undefined);
    }

    it('a wrong state', async () => {
      const client = new TestClient(rt.app);
      const callback = await loginAtProvider(await startAtApp(client), 'kiel-neu');
      callback.searchParams.set('state', 'fremder-state');
      await refusedWith(client, pathOf(callback), /gehört nicht zu der Anmeldung/);
    });

    it('a missing cookie, and the same answer replayed', async () => {
      const client = new TestClient(rt.app);
      const callback = await loginAtProvider(await startAtApp(client), 'kiel-neu');
      await refusedWith(new TestClient(rt.app), pathOf(callback), /keine offene Anmeldung/);
      // the real browser still logs in once; the replay of its answer finds nothing
      const cookie = client.cookie('dk_sso_anmeldung')!;
      assert.equal((await client.get(pathOf(callback))).location, '/konto');
      const replay = new TestClient(rt.app);
      await refusedWith(replay, pathOf(callback), /keine offene Anmeldung/);
      const res = await replay.get(pathOf(callback), { cookie: `dk_sso_anmeldung=${cookie}` });
      assert.equal(res.statusCode, 400);
    });

    it('a code used already, with the state of a new login', async () => {
      const client = new TestClient(rt.app);
      const used = await loginAtProvider(await startAtApp(client), 'kiel-neu');
      assert.equal((await client.get(pathOf(used))).location, '/konto');
      const attacker = new TestClient(rt.app);
      const fresh = new URL(await startAtApp(attacker));
      used.searchParams.set('state', fresh.searchParams.get('state')!);
      await refusedWith(attacker, pathOf(used), /Anmeldecode nicht angenommen/);
    });

    it('a foreign issuer', async () => {
      const client = new TestClient(rt.app);
      const callback = await loginAtProvider(await startAtApp(client), 'kiel-neu');
      assert.equal(callback.searchParams.get('iss'), provider.issuer);
      callback.searchParams.set('iss', 'https://fremder-anbieter.example');
      await refusedWith(client, pathOf(callback), /nicht von dem Anmeldedienst/);
    });

    it('the nonce of an earlier login', async () => {
      const earlier = new URL(await startAtApp(new TestClient(rt.app)));
      const client = new TestClient(rt.app);
      const current = new URL(await startAtApp(client));
      current.searchParams.set('nonce', earlier.searchParams.get('nonce')!);
      const callback = await loginAtProvider(current.href, 'kiel-neu');
      await refusedWith(client, pathOf(callback), /gehört zu einer anderen Anmeldung/);
    });

    it('the provider refusing (access_denied)', async () => {
      const client = new TestClient(rt.app);
      const state = new URL(await startAtApp(client)).searchParams.get('state')!;
      await refusedWith(
        client,
        `/anmelden/sso/rueckkehr?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
        /abgebrochen oder abgelehnt/,
      );
    });
  });
});

describe(`single sign-on with the provider down [${backend}]`, () => {
  let rt: TestRuntime;
  before(async () => {
    const gone = await startTestProvider({ appBaseUrl: 'http://localhost' });
    await gone.close();
    rt = await createTestRuntime(backend, {
      config: {
        oidc: {
          issuer: gone.issuer,
          clientId: 'x',
          clientSecret: 'y',
          scopes: 'openid email',
          providerName: 'Landesportal SH',
          roleClaim: undefined,
          roleMap: {},
        },
      },
    });
  });
  after(async () => {
    await rt?.close();
  });

  it('answers with a readable 503 page, and passwords still work', async () => {
    const user = await createTestUser(rt.deps);
    const client = new TestClient(rt.app);
    const res = await client.postForm('/anmelden/sso', {}, { csrfFrom: '/anmelden' });
    assert.equal(res.statusCode, 503);
    assert.match(res.body, /Anmeldung über Landesportal SH ist gerade nicht erreichbar/);
    assert.equal((await client.login(user.email, user.password)).statusCode, 303);
  });
});

describe(`single sign-on not configured [${backend}]`, () => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt?.close();
  });

  it('shows no button, and its routes answer 404', async () => {
    const client = new TestClient(rt.app);
    assert.doesNotMatch((await client.get('/anmelden')).body, /anmelden\/sso/);
    assert.equal((await client.get('/anmelden/sso/rueckkehr?state=x&code=y')).statusCode, 404);
    assert.equal((await client.postForm('/anmelden/sso', {}, { csrfFrom: '/anmelden' })).statusCode, 404);
  });
});
