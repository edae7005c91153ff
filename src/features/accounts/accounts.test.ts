import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { linkIn } from '../../platform/testing/page-parts.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { TestClient } from '../../platform/testing/client.ts';

const tokenOf = (link: string) => new URL(link, 'http://localhost').searchParams.get('token') ?? '';

eachBackend('accounts', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('sign-up and verification', () => {
    it('creates an unverified account, sends one link, and logs in only after confirming', async () => {
      const client = new TestClient(rt.app);
      await client.get('/registrieren');
      const fields = {
        displayName: 'Anna Petersen',
        email: 'Anna.Petersen@Example.org',
        password: 'ein langes Passwort',
        passwordConfirm: 'ein langes Passwort',
        privacyConsent: '1',
      };
      const res = await client.postForm('/registrieren', fields);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Prüfen Sie Ihr E-Mail-Postfach/);
      // a double submit of the same form stores nothing twice and sends no second link
      await client.postForm('/registrieren', fields);
      const users = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from users where email = 'anna.petersen@example.org'`);
      assert.equal(users[0]?.n, 1);
      const consents = await queryRows<{ text_version: string }>(
        rt.deps.db,
        sql`select c.text_version from consents c join users u on u.id = c.user_id where u.email = 'anna.petersen@example.org'`,
      );
      assert.equal(consents.length, 1);

      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === 'anna.petersen@example.org');
      assert.equal(mails.length, 1);

      const beforeVerify = await new TestClient(rt.app).login('anna.petersen@example.org', 'ein langes Passwort');
      assert.equal(beforeVerify.statusCode, 403);

      const link = linkIn(mails[0]!.text, '/registrieren/bestaetigen');
      assert.equal((await client.get(link)).statusCode, 200);
      const verify = await client.postForm('/registrieren/bestaetigen', { token: tokenOf(link) });
      assert.equal(verify.statusCode, 200);
      assert.match(verify.body, /E-Mail-Adresse bestätigt/);
      const again = await client.get(link);
      assert.equal(again.statusCode, 400, 'a used link is rejected');

      const login = await new TestClient(rt.app).login('anna.petersen@example.org', 'ein langes Passwort');
      assert.equal(login.statusCode, 303);
    });

    it('answers a sign-up for a taken address like any other and mails the owner instead', async () => {
      const existing = await createTestUser(rt.deps, { email: 'vergeben@example.org' });
      const client = new TestClient(rt.app);
      const res = await client.postForm('/registrieren', {
        displayName: 'Fremd',
        email: existing.email,
        password: 'noch ein langes Passwort',
        passwordConfirm: 'noch ein langes Passwort',
        privacyConsent: '1',
      });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Prüfen Sie Ihr E-Mail-Postfach/);
      await rt.runJobs();
      const mail = rt.mails.find((m) => m.to === existing.email);
      assert.ok(mail);
      assert.match(mail.subject, /Registrierung mit Ihrer E-Mail-Adresse/);
    });

    it('shows an error summary, keeps the input and stores nothing for bad input', async () => {
      const client = new TestClient(rt.app);
      const res = await client.postForm('/registrieren', {
        displayName: 'Bernd',
        email: 'kein-at-zeichen',
        password: 'kurz',
        passwordConfirm: 'anders',
        privacyConsent: '',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, /value="Bernd"/);
      assert.match(res.body, /value="kein-at-zeichen"/);
      assert.match(res.body, /mindestens 12 Zeichen/);
      assert.doesNotMatch(res.body, /value="kurz"/, 'passwords are never echoed');
      const users = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from users where display_name = 'Bernd'`);
      assert.equal(users[0]?.n, 0);
    });

    it('rejects unknown form fields with 400', async () => {
      const client = new TestClient(rt.app);
      const res = await client.postForm('/registrieren', {
        displayName: 'X',
        email: 'x@example.org',
        password: 'p',
        passwordConfirm: 'p',
        privacyConsent: '1',
        isAdmin: '1',
      });
      assert.equal(res.statusCode, 400);
    });
  });

  describe('login, sessions and logout', () => {
    it('gives the same answer for an unknown address and a wrong password', async () => {
      const user = await createTestUser(rt.deps);
      const unknown = await new TestClient(rt.app).login('niemand@example.org', 'irgendein Passwort');
      const wrong = await new TestClient(rt.app).login(user.email, 'falsches Passwort!');
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      const text = (body: string) => body.match(/<p class="kern-error"[^>]*>.*?<span class="kern-body">([^<]*)</)?.[1];
      assert.equal(text(unknown.body), text(wrong.body));
    });

    it('sets an HttpOnly SameSite=Lax cookie, rotates it on login and ends it on logout', async () => {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app);
      const res = await client.login(user.email, user.password);
      const cookie = String(res.headers['set-cookie']);
      assert.match(cookie, /dk_session=/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      const first = client.cookie('dk_session');
      await client.login(user.email, user.password);
      assert.notEqual(client.cookie('dk_session'), first, 'a new login gets a new session id');
      assert.equal((await client.get('/konto')).statusCode, 200);
      await client.postForm('/abmelden', {}, { csrfFrom: '/konto' });
      assert.equal((await client.get('/konto')).statusCode, 303);
    });

    it('treats a tampered session cookie as anonymous', async () => {
      const client = new TestClient(rt.app);
      const res = await client.get('/konto', { cookie: 'dk_session=forged-value-that-is-not-a-session' });
      assert.equal(res.statusCode, 303);
      assert.match(res.location ?? '', /^\/anmelden/);
    });

    it('limits login attempts per account without revealing whether it exists', async () => {
      const user = await createTestUser(rt.deps);
      const statusesFor = async (email: string, remoteAddress: string) => {
        const client = new TestClient(rt.app, { remoteAddress });
        const statuses: number[] = [];
        for (let i = 0; i < 11; i++) statuses.push((await client.login(email, `falsch-${i}-Passwort`)).statusCode);
        return statuses;
      };
      const expected = [...Array<number>(10).fill(401), 429];
      assert.deepEqual(await statusesFor(user.email, '203.0.113.60'), expected, 'an existing account');
      assert.deepEqual(await statusesFor('gibt-es-nicht@example.org', '203.0.113.61'), expected, 'an address without an account');
    });

    it('only follows a local "weiter" address after login', async () => {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app);
      await client.get('/anmelden');
      const res = await client.postForm('/anmelden', { email: user.email, password: user.password, weiter: '//evil.example/' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.location, '/konto');
      assert.match((await client.get('/konto')).body, /Sie sind angemeldet/, 'the page confirms the login once');
      assert.doesNotMatch((await client.get('/konto')).body, /Sie sind angemeldet/, 'a reload does not show it again');
    });
  });

  describe('password reset', () => {
    it('resets once with a link, ends all sessions, and rejects the used link', async () => {
      const user = await createTestUser(rt.deps);
      const loggedIn = new TestClient(rt.app);
      await loggedIn.login(user.email, user.password);

      const client = new TestClient(rt.app);
      await client.get('/passwort-vergessen');
      const res = await client.postForm('/passwort-vergessen', { email: user.email });
      assert.equal(res.statusCode, 200);
      const unknown = await client.postForm('/passwort-vergessen', { email: 'unbekannt@example.org' });
      assert.equal(
        unknown.body.replace(/unbekannt@example\.org/g, 'X').replace(/name="_csrf" value="[^"]*"/g, ''),
        res.body.replace(new RegExp(user.email.replace('.', '\\.'), 'g'), 'X').replace(/name="_csrf" value="[^"]*"/g, ''),
      );

      await rt.runJobs();
      const mail = rt.mails.filter((m) => m.to === user.email).at(-1)!;
      const link = linkIn(mail.text, '/passwort-zuruecksetzen');
      assert.equal((await client.get(link)).statusCode, 200);
      const done = await client.postForm(
        '/passwort-zuruecksetzen',
        { token: new URL(`http://x${link}`).searchParams.get('token')!, password: 'mein neues Passwort', passwordConfirm: 'mein neues Passwort' },
        { csrfFrom: link },
      );
      assert.equal(done.statusCode, 303);

      assert.equal((await loggedIn.get('/konto')).statusCode, 303, 'old sessions ended');
      assert.equal((await client.get(link)).statusCode, 400, 'link works once');
      assert.equal((await new TestClient(rt.app).login(user.email, 'mein neues Passwort')).statusCode, 303);
    });

    it('rejects a made-up reset token with a readable page', async () => {
      const res = await new TestClient(rt.app).get('/passwort-zuruecksetzen?token=abcdefghijklmnopqrstuvwxyz');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /ungültig oder abgelaufen/);
    });
  });

  describe('Mein Konto', () => {
    it('changes the password only with the current one, keeps this session, and logs in with the new password only', async () => {
      const user = await createTestUser(rt.deps);
      const other = new TestClient(rt.app);
      await other.login(user.email, user.password);
      const client = new TestClient(rt.app);
      await client.login(user.email, user.password);
      const wrong = await client.postForm('/konto/passwort', {
        currentPassword: 'falsch falsch falsch',
        password: 'ganz neues Passwort',
        passwordConfirm: 'ganz neues Passwort',
      });
      assert.equal(wrong.statusCode, 400);
      const ok = await client.postForm('/konto/passwort', {
        currentPassword: user.password,
        password: 'ganz neues Passwort',
        passwordConfirm: 'ganz neues Passwort',
      });
      assert.equal(ok.statusCode, 303);
      assert.equal((await client.get('/konto')).statusCode, 200, 'this session continues');
      assert.equal((await other.get('/konto')).statusCode, 303, 'other sessions ended');
      assert.equal((await new TestClient(rt.app).login(user.email, user.password)).statusCode, 401, 'the old password no longer logs in');
      assert.equal((await new TestClient(rt.app).login(user.email, 'ganz neues Passwort')).statusCode, 303, 'the new password logs in');
    });

    it('changes the e-mail address after the new address confirms', async () => {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app);
      await client.login(user.email, user.password);
      const res = await client.postForm('/konto/email', { newEmail: 'Neu.Adresse@Example.org', currentPassword: user.password });
      assert.equal(res.statusCode, 303);
      await rt.runJobs();
      const mail = rt.mails.find((m) => m.to === 'neu.adresse@example.org');
      assert.ok(mail);
      const link = linkIn(mail.text, '/konto/email/bestaetigen');
      await client.get(link);
      const confirm = await client.postForm('/konto/email/bestaetigen', { token: tokenOf(link) });
      assert.equal(confirm.location, '/konto');
      const page = await client.get('/konto');
      assert.match(page.body, /neu\.adresse@example\.org/);
      await rt.runJobs();
      assert.ok(
        rt.mails.some((m) => m.to === user.email && /geändert/.test(m.subject)),
        'the old address is told',
      );
    });

    it('exports the personal data as JSON and deletes the account', async () => {
      const user = await createTestUser(rt.deps, { displayName: 'Dora Daten' });
      const client = new TestClient(rt.app);
      await client.login(user.email, user.password);
      const data = await client.get('/konto/daten');
      assert.equal(data.statusCode, 200);
      assert.match(String(data.headers['content-disposition']), /attachment/);
      const json = JSON.parse(data.body) as { account: { email: string; displayName: string } };
      assert.equal(json.account.email, user.email);
      assert.equal(json.account.displayName, 'Dora Daten');

      const missing = await client.postForm('/konto/loeschen', { currentPassword: user.password, confirm: '' });
      assert.equal(missing.statusCode, 400);
      const res = await client.postForm('/konto/loeschen', { currentPassword: user.password, confirm: '1' });
      assert.equal(res.statusCode, 200);
      const rows = await queryRows<{ email: string; display_name: string; password_hash: string | null }>(
        rt.deps.db,
        sql`select email, display_name, password_hash from users where id = ${user.id}`,
      );
      assert.notEqual(rows[0]?.email, user.email);
      assert.notEqual(rows[0]?.display_name, 'Dora Daten');
      assert.equal(rows[0]?.password_hash, null);
      assert.equal((await new TestClient(rt.app).login(user.email, user.password)).statusCode, 401);
    });
  });
});
