import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { TestClient, type TestResponse } from '../testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { SESSION_IDLE_HOURS } from './session-lifetime.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The one Set-Cookie line of the session cookie; other cookies of the same answer do not count. */
function sessionSetCookie(response: TestResponse, name = 'dk_session'): string {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  const line = lines.find((candidate) => candidate.startsWith(`${name}=`));
  assert.ok(line, `no ${name} cookie in ${JSON.stringify(lines)}`);
  return line;
}

const attributes = (line: string) =>
  line
    .split(';')
    .slice(1)
    .map((part) => part.trim());

/*
 * The session rules of src/platform/auth/sessions.ts on a plain-http site (a laptop, or TLS
 * ending at a trusted proxy); the https site's __Host- cookie and the twelve hours of editors
 * are in src/platform/http/security.test.ts.
 */
eachBackend('sessions', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { config: { trustProxy: ['127.0.0.1'] } });
  });
  after(async () => rt.close());

  async function logIn(role: 'member' | 'editor' = 'member', headers: Record<string, string> = {}) {
    const user = await createTestUser(rt.deps, { siteRole: role });
    const client = new TestClient(rt.app);
    const response = await client.postForm('/anmelden', { email: user.email, password: user.password }, { csrfFrom: '/anmelden', headers });
    assert.equal(response.statusCode, 303);
    return { user, client, response, raw: client.cookie('dk_session')! };
  }

  const stranger = (raw: string) => new TestClient(rt.app).get('/konto', { cookie: `dk_session=${raw}` });

  async function expiresAt(userId: string): Promise<number> {
    const [row] = await queryRows<{ expires_at: Date | string }>(rt.deps.db, sql`select expires_at from sessions where user_id = ${userId}`);
    return new Date(row!.expires_at).getTime();
  }

  it('sets the cookie HttpOnly, SameSite=Lax, for the whole site and for the idle lifetime, without Secure over plain http', async () => {
    const { response } = await logIn();
    const parts = attributes(sessionSetCookie(response));
    for (const expected of ['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${SESSION_IDLE_HOURS * 3600}`]) {
      assert.ok(parts.includes(expected), `${expected} in ${parts.join('; ')}`);
    }
    assert.ok(!parts.includes('Secure'), 'a plain-http browser would drop a Secure cookie');
  });

  it('sets the cookie Secure when a trusted proxy says the request came over https', async () => {
    const { response } = await logIn('member', { 'x-forwarded-proto': 'https' });
    assert.ok(attributes(sessionSetCookie(response)).includes('Secure'));
  });

  it('ends the session on the server at logout: the old cookie value no longer signs anyone in', async () => {
    const { client, raw } = await logIn();
    assert.equal((await stranger(raw)).statusCode, 200, 'the cookie is a session before logout');
    const response = await client.postForm('/abmelden', {}, { csrfFrom: '/konto' });
    assert.equal(response.statusCode, 303);
    const cleared = attributes(sessionSetCookie(response));
    assert.ok(cleared.includes('Path=/'), `the deletion must name the path the cookie was set for: ${cleared.join('; ')}`);
    assert.ok(
      cleared.some((part) => /^Expires=/.test(part) && new Date(part.slice(8)).getTime() <= Date.now()),
      'the cookie is expired',
    );
    assert.equal((await stranger(raw)).statusCode, 303, 'a copy of the cookie is worthless after logout');
  });

  it('answers a logout without a session with the login page, not an error', async () => {
    const client = new TestClient(rt.app);
    const response = await client.postForm('/abmelden', {}, { csrfFrom: '/anmelden' });
    assert.equal(response.statusCode, 303);
    assert.match(response.location ?? '', /^\/anmelden/);
  });

  it('ends the session a request came with when it logs in again, so a planted session id is worthless', async () => {
    const { client, raw } = await logIn();
    const other = await createTestUser(rt.deps);
    await client.login(other.email, other.password);
    assert.notEqual(client.cookie('dk_session'), raw);
    assert.equal((await stranger(raw)).statusCode, 303, 'the session from before the login is gone');
    assert.equal((await client.get('/konto')).statusCode, 200);
  });

  it('extends the idle expiry at most every ten minutes, not on every request', async () => {
    const { user, client } = await logIn();
    const inAnHour = new Date(Date.now() + HOUR);
    await queryRows(
      rt.deps.db,
      sql`update sessions set last_seen_at = now() - interval '9 minutes', expires_at = ${inAnHour.toISOString()}::timestamptz where user_id = ${user.id}`,
    );
    assert.equal((await client.get('/konto')).statusCode, 200);
    assert.equal(await expiresAt(user.id), inAnHour.getTime(), 'seen nine minutes ago: no write');

    await queryRows(rt.deps.db, sql`update sessions set last_seen_at = now() - interval '11 minutes' where user_id = ${user.id}`);
    const before = Date.now();
    assert.equal((await client.get('/konto')).statusCode, 200);
    const extended = await expiresAt(user.id);
    assert.ok(extended >= before + SESSION_IDLE_HOURS * HOUR - MINUTE, 'seen eleven minutes ago: the idle lifetime starts again');
  });

  it('never extends a session past its absolute end', async () => {
    const { user, client } = await logIn('editor');
    await queryRows(
      rt.deps.db,
      sql`update sessions set created_at = now() - interval '11 hours 30 minutes', last_seen_at = now() - interval '11 minutes' where user_id = ${user.id}`,
    );
    assert.equal((await client.get('/konto')).statusCode, 200);
    const remaining = (await expiresAt(user.id)) - Date.now();
    assert.ok(remaining > 29 * MINUTE && remaining <= 30 * MINUTE, `the editor's session ends twelve hours after login, ${remaining} ms from now`);
  });
});
