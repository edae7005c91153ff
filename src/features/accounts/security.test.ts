import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password.ts';
import { issueAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail, findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import { queryRows } from '../../platform/db/client.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { linkIn } from '../../platform/testing/page-parts.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { resetPassword } from './reset-password.ts';

const de = messagesFor('de').accounts;
const en = messagesFor('en').accounts;

const tokenOf = (link: string) => new URL(link, 'http://localhost').searchParams.get('token') ?? '';

/** A form on the page that posts the link's token back, as the one button of a confirmation. */
function buttonFormFor(body: string, action: string, token: string): boolean {
  const form = body.match(new RegExp(`<form[^>]*action="${action}"[^>]*>[\\s\\S]*?</form>`))?.[0] ?? '';
  return /method="post"/.test(form) && form.includes(`name="token" value="${token}"`) && /name="_csrf"/.test(form) && /<button/.test(form);
}

const withoutCsrf = (body: string) => body.replace(/name="_csrf" value="[^"]*"/g, '');

/** CPU time (µs) the process spends on `work`, argon2's worker threads included. */
async function cpuOf(work: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

eachBackend('accounts: security', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('links in e-mails change nothing when merely opened', () => {
    it('confirms a sign-up only with the button on the page, not by opening the link', async () => {
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.10' });
      await client.postForm('/registrieren', {
        displayName: 'Greta Scanner',
        email: 'greta.scanner@example.org',
        password: 'ein langes Passwort',
        passwordConfirm: 'ein langes Passwort',
        privacyConsent: '1',
      });
      await rt.runJobs();
      const mail = rt.mails.find((m) => m.to === 'greta.scanner@example.org');
      assert.ok(mail);
      const link = linkIn(mail.text, '/registrieren/bestaetigen');

      // A mail gateway opens the link, twice: a page with one button, the address still unconfirmed.
      const scanner = new TestClient(rt.app, { remoteAddress: '192.0.2.11' });
      for (let i = 0; i < 2; i++) {
        const page = await scanner.get(link);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(de.verify.confirmTitle));
        assert.ok(buttonFormFor(page.body, '/registrieren/bestaetigen', tokenOf(link)), 'the page has the button that posts the token');
      }
      assert.equal((await findUserByEmail(rt.deps.db, 'greta.scanner@example.org'))?.emailVerifiedAt, null);

      // The token in the wrong place (the query string of the POST) confirms nothing either.
      const misplaced = await client.postForm(link, {}, { csrfFrom: link });
      assert.equal(misplaced.statusCode, 400);
      assert.equal((await findUserByEmail(rt.deps.db, 'greta.scanner@example.org'))?.emailVerifiedAt, null);

      await client.get(link);
      const confirmed = await client.postForm('/registrieren/bestaetigen', { token: tokenOf(link) });
      assert.equal(confirmed.statusCode, 200);
      assert.match(confirmed.body, new RegExp(de.verify.doneTitle));
      assert.ok((await findUserByEmail(rt.deps.db, 'greta.scanner@example.org'))?.emailVerifiedAt);

      // A used link: the readable page, without a button, on GET and on POST.
      const dead = await scanner.get(link);
      assert.equal(dead.statusCode, 400);
      assert.match(dead.body, new RegExp(de.verify.invalidTitle));
      assert.ok(!buttonFormFor(dead.body, '/registrieren/bestaetigen', tokenOf(link)));
      assert.equal((await client.postForm('/registrieren/bestaetigen', { token: tokenOf(link) }, { csrfFrom: '/anmelden' })).statusCode, 400);
    });

    it('moves an account to a new address only with the button, not by opening the link', async () => {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.20' });
      await client.login(user.email, user.password);
      await client.postForm('/konto/email', { newEmail: 'fremdes.postfach@example.org', currentPassword: user.password });
      await rt.runJobs();
      const mail = rt.mails.find((m) => m.to === 'fremdes.postfach@example.org');
      assert.ok(mail);
      const link = linkIn(mail.text, '/konto/email/bestaetigen');

      const scanner = new TestClient(rt.app, { remoteAddress: '192.0.2.21' });
      const page = await scanner.get(link);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /fremdes\.postfach@example\.org/);
      assert.ok(buttonFormFor(page.body, '/konto/email/bestaetigen', tokenOf(link)));
      assert.equal((await findUserById(rt.deps.db, user.id))?.email, user.email, 'opening the link changed nothing');

      const confirmed = await scanner.postForm('/konto/email/bestaetigen', { token: tokenOf(link) });
      assert.equal(confirmed.statusCode, 303);
      assert.equal((await findUserById(rt.deps.db, user.id))?.email, 'fremdes.postfach@example.org');

      const dead = await scanner.get(link);
      assert.equal(dead.statusCode, 400);
      assert.match(dead.body, new RegExp(de.email.invalidTitle));
      assert.equal((await scanner.postForm('/konto/email/bestaetigen', { token: tokenOf(link) }, { csrfFrom: '/anmelden' })).statusCode, 400);
    });

    it('answers tokens of the wrong shape with the readable page, never 500', async () => {
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.30' });
      for (const path of ['/registrieren/bestaetigen', '/konto/email/bestaetigen']) {
        for (const query of [
          '',
          '?token=',
          '?token=a&token=b',
          `?token=${'%00'.repeat(30)}`,
          `?token=${'x'.repeat(5000)}`,
          '?token=%E2%80%AE%0D%0ASet-Cookie:x=1',
        ]) {
          const res = await client.get(`${path}${query}`);
          assert.equal(res.statusCode, 400, `GET ${path}${query.slice(0, 40)}`);
        }
        await client.get('/anmelden');
        for (const token of [['a', 'b'], '', 'x'.repeat(201), '\u0000'.repeat(30)]) {
          const res = await client.postForm(path, { token }, { csrfFrom: '/anmelden' });
          assert.equal(res.statusCode, 400, `POST ${path} ${JSON.stringify(token).slice(0, 40)}`);
        }
      }
    });
  });

  describe('password reset', () => {
    it('spends no argon2 hash on a reset link that is not usable', async () => {
      const password = 'ein langes neues Passwort';
      const hashes: number[] = [];
      const resets: number[] = [];
      for (let i = 0; i < 9; i++) {
        hashes.push(await cpuOf(() => hashPassword(password)));
        resets.push(await cpuOf(() => resetPassword(rt.deps, `erfundener-link-${i}`.padEnd(43, 'x'), password)));
      }
      assert.ok(median(resets) < median(hashes) / 2, `a made-up link cost ${median(resets)} µs CPU, one hash ${median(hashes)} µs`);
    });

    it('limits the reset form per client', async () => {
      const client = new TestClient(rt.app, { remoteAddress: '198.51.100.30' });
      await client.get('/passwort-vergessen');
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await client.postForm(
          '/passwort-zuruecksetzen',
          { token: `erfunden-${i}`.padEnd(43, 'y'), password: 'ein langes neues Passwort', passwordConfirm: 'ein langes neues Passwort' },
          { csrfFrom: '/passwort-vergessen' },
        );
        statuses.push(res.statusCode);
      }
      assert.deepEqual(statuses.slice(0, 30), Array<number>(30).fill(400));
      assert.deepEqual(statuses.slice(30), [429, 429]);
    });

    it('limits the reset form per account, and per link when the link is unknown, from any client', async () => {
      const user = await createTestUser(rt.deps);
      const fields = { password: 'ein langes neues Passwort', passwordConfirm: 'ein langes neues Passwort' };
      const byAccount: number[] = [];
      for (let i = 0; i < 11; i++) {
        const client = new TestClient(rt.app, { remoteAddress: `198.51.100.${100 + i}` });
        const token = await issueAccountToken(rt.deps.db, user.id, 'reset-password');
        byAccount.push((await client.postForm('/passwort-zuruecksetzen', { token, ...fields }, { csrfFrom: '/passwort-vergessen' })).statusCode);
      }
      assert.deepEqual(byAccount, [...Array<number>(10).fill(303), 429]);

      const guessed = 'immer-derselbe-erfundene-link'.padEnd(43, 'z');
      const byLink: number[] = [];
      for (let i = 0; i < 11; i++) {
        const client = new TestClient(rt.app, { remoteAddress: `198.51.100.${150 + i}` });
        byLink.push((await client.postForm('/passwort-zuruecksetzen', { token: guessed, ...fields }, { csrfFrom: '/passwort-vergessen' })).statusCode);
      }
      assert.deepEqual(byLink, [...Array<number>(10).fill(400), 429]);
    });
  });

  describe('links in e-mails are used once', () => {
    it('kills every other open reset link of the account when one is used', async () => {
      const user = await createTestUser(rt.deps);
      const older = await issueAccountToken(rt.deps.db, user.id, 'reset-password');
      const newer = await issueAccountToken(rt.deps.db, user.id, 'reset-password');
      const fields = { password: 'ein langes neues Passwort', passwordConfirm: 'ein langes neues Passwort' };
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.140' });
      assert.equal((await client.postForm('/passwort-zuruecksetzen', { token: newer, ...fields }, { csrfFrom: '/anmelden' })).statusCode, 303);
      assert.equal(
        (await client.postForm('/passwort-zuruecksetzen', { token: older, ...fields }, { csrfFrom: '/anmelden' })).statusCode,
        400,
        'an older link from another mail is dead too',
      );
      assert.equal(
        (await client.postForm('/passwort-zuruecksetzen', { token: newer, ...fields }, { csrfFrom: '/anmelden' })).statusCode,
        400,
        'the used link is dead',
      );
    });
  });

  describe('links in e-mails expire', () => {
    const links = [
      {
        purpose: 'reset-password',
        lifetimeMinutes: 60,
        path: '/passwort-zuruecksetzen',
        accepted: 303,
        fields: { password: 'ein langes neues Passwort', passwordConfirm: 'ein langes neues Passwort' },
      },
      { purpose: 'verify-email', lifetimeMinutes: 48 * 60, path: '/registrieren/bestaetigen', accepted: 200, fields: {} },
      { purpose: 'change-email', lifetimeMinutes: 24 * 60, path: '/konto/email/bestaetigen', accepted: 303, fields: {} },
    ] as const;

    for (const link of links) {
      it(`accepts a ${link.purpose} link a minute before its ${link.lifetimeMinutes} minutes are up and refuses it a minute after`, async () => {
        const statuses: number[] = [];
        for (const [i, ageMinutes] of [link.lifetimeMinutes - 1, link.lifetimeMinutes + 1].entries()) {
          const user = await createTestUser(rt.deps, { verified: link.purpose !== 'verify-email' });
          const token = await issueAccountToken(rt.deps.db, user.id, link.purpose, link.purpose === 'change-email' ? `neu-${i}-${user.email}` : undefined);
          await queryRows(rt.deps.db, sql`update account_tokens set expires_at = expires_at - make_interval(mins => ${ageMinutes}) where user_id = ${user.id}`);
          const client = new TestClient(rt.app, { remoteAddress: `192.0.2.${120 + i}` });
          statuses.push((await client.postForm(link.path, { token, ...link.fields }, { csrfFrom: '/anmelden' })).statusCode);
        }
        assert.deepEqual(statuses, [link.accepted, 400]);
      });
    }
  });

  describe('rate limits of the anonymous forms', () => {
    it('takes 20 sign-ups from one address in an hour and answers the 21st with 429', async () => {
      const client = new TestClient(rt.app, { remoteAddress: '198.51.100.200' });
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const fields = {
          displayName: `Person ${i}`,
          email: `vielfach-${i}@example.org`,
          password: 'ein langes Passwort',
          passwordConfirm: 'ein langes Passwort',
          privacyConsent: '1',
        };
        statuses.push((await client.postForm('/registrieren', fields, { csrfFrom: '/registrieren' })).statusCode);
      }
      assert.deepEqual(statuses, [...Array<number>(20).fill(200), 429]);
      assert.equal(await findUserByEmail(rt.deps.db, 'vielfach-20@example.org'), undefined, 'the refused sign-up stored nothing');
    });

    it('takes 10 reset requests from one address in an hour and answers the 11th with 429', async () => {
      const client = new TestClient(rt.app, { remoteAddress: '198.51.100.210' });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push(
          (await client.postForm('/passwort-vergessen', { email: `vergesslich-${i}@example.org` }, { csrfFrom: '/passwort-vergessen' })).statusCode,
        );
      assert.deepEqual(statuses, [...Array<number>(10).fill(200), 429]);
    });

    it('takes 5 reset requests for one account in an hour from any clients and answers the 6th with 429', async () => {
      const user = await createTestUser(rt.deps);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const client = new TestClient(rt.app, { remoteAddress: `198.51.100.${220 + i}` });
        statuses.push((await client.postForm('/passwort-vergessen', { email: user.email }, { csrfFrom: '/passwort-vergessen' })).statusCode);
      }
      assert.deepEqual(statuses, [...Array<number>(5).fill(200), 429]);
    });
  });

  describe('wrong passwords', () => {
    it('locks out only the guessing client, and tells the owner once, in the account language', async () => {
      const owner = await createTestUser(rt.deps);
      await updateUser(rt.deps.db, owner.id, { locale: 'en' });
      const attacker = new TestClient(rt.app, { remoteAddress: '203.0.113.40' });
      const statuses: number[] = [];
      for (let i = 0; i < 13; i++) statuses.push((await attacker.login(owner.email, `falsches Passwort ${i}`)).statusCode);
      assert.deepEqual(statuses, [...Array<number>(10).fill(401), 429, 429, 429]);
      assert.equal((await attacker.login(owner.email, owner.password)).statusCode, 429, 'the guessing client stays locked out');
      const other = new TestClient(rt.app, { remoteAddress: '203.0.113.41' });
      for (let i = 0; i < 11; i++) await other.login(owner.email, `noch ein falsches Passwort ${i}`);

      // The owner, elsewhere, logs in and changes password and address as usual.
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.40' });
      assert.equal((await client.login(owner.email, owner.password)).statusCode, 303);
      const password = await client.postForm('/konto/passwort', {
        currentPassword: owner.password,
        password: 'ein ganz neues Passwort',
        passwordConfirm: 'ein ganz neues Passwort',
      });
      assert.equal(password.statusCode, 303);
      const email = await client.postForm('/konto/email', { newEmail: 'neue.adresse.owner@example.org', currentPassword: 'ein ganz neues Passwort' });
      assert.equal(email.statusCode, 303);

      await rt.runJobs();
      const notices = rt.mails.filter((m) => m.to === owner.email && m.subject === en.mail.loginLimitSubject);
      assert.equal(notices.length, 1, 'one notice however many clients were locked out');
      assert.match(notices[0]!.text, /wrong password/);
      assert.match(notices[0]!.text, /\/passwort-vergessen/);
    });

    it('answers a locked-out unknown address exactly like a locked-out account', async () => {
      const owner = await createTestUser(rt.deps);
      const known = new TestClient(rt.app, { remoteAddress: '203.0.113.50' });
      const unknown = new TestClient(rt.app, { remoteAddress: '203.0.113.51' });
      let knownLast = await known.login(owner.email, 'falsches Passwort');
      let unknownLast = await unknown.login('niemand.hier@example.org', 'falsches Passwort');
      for (let i = 0; i < 11; i++) {
        knownLast = await known.login(owner.email, 'falsches Passwort');
        unknownLast = await unknown.login('niemand.hier@example.org', 'falsches Passwort');
      }
      assert.equal(knownLast.statusCode, 429);
      assert.equal(unknownLast.statusCode, 429);
      assert.equal(withoutCsrf(unknownLast.body), withoutCsrf(knownLast.body));
    });

    it('limits wrong current passwords in "Mein Konto" per account', async () => {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app, { remoteAddress: '192.0.2.60' });
      await client.login(user.email, user.password);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (
            await client.postForm('/konto/passwort', {
              currentPassword: `falsch falsch ${i}`,
              password: 'ein ganz neues Passwort',
              passwordConfirm: 'ein ganz neues Passwort',
            })
          ).statusCode,
        );
      }
      assert.deepEqual(statuses, [...Array<number>(10).fill(400), 429]);
      assert.equal(
        (await client.postForm('/konto/email', { newEmail: 'x.y@example.org', currentPassword: user.password })).statusCode,
        429,
        'the address form shares the count',
      );
      assert.equal((await client.postForm('/konto/loeschen', { confirm: '1', currentPassword: user.password })).statusCode, 429, 'so does the deletion form');
      assert.equal(
        (await new TestClient(rt.app, { remoteAddress: '192.0.2.61' }).login(user.email, user.password)).statusCode,
        303,
        'logging in is not affected',
      );
    });
  });
});
