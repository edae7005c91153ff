import assert from 'node:assert/strict';
import { LogLines } from '../testing/log-lines.ts';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { features } from '../../features/index.ts';
import { safeNext } from '../auth/guards.ts';
import { SESSION_IDLE_HOURS } from '../auth/session-lifetime.ts';
import { queryRows } from '../db/client.ts';
import type { Feature } from '../deps.ts';
import { TestClient } from '../testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { redactUrl } from './log-redaction.ts';

/** Log lines as the operator's log collector would receive them. */

/** Routes that put what the request says into a header, as a careless feature might. */
const echo: Feature = {
  name: 'echo',
  routes(app: FastifyInstance) {
    app.get<{ Params: { target: string } }>('/echo/:target', async (request, reply) => reply.redirect(`/ziel/${request.params.target}`, 303));
    app.get<{ Querystring: { name?: string } }>('/echo-datei', async (request, reply) =>
      reply.header('content-disposition', `attachment; filename="${request.query.name ?? 'datei'}"`).send('Inhalt'),
    );
  },
};

describe('safeNext: only same-site paths survive', () => {
  it('keeps ordinary paths with their query and fragment', () => {
    assert.equal(safeNext('/veranstaltungen?handlungsfeld=breitband#termine'), '/veranstaltungen?handlungsfeld=breitband#termine');
    assert.equal(safeNext('/wissen/leitfaden-sitzungsdienst', '/'), '/wissen/leitfaden-sitzungsdienst');
  });

  it('sends every way out of the site to the fallback', () => {
    const hostile = [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '/\\evil.example/',
      '\\\\evil.example',
      '/\\/evil.example',
      '//evil.example',
      '///evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      ' /evil',
      '\u0000//evil.example',
      '/\u007f/evil.example',
      'evil.example',
      '',
      `/${'a'.repeat(600)}`,
    ];
    for (const value of hostile) {
      const next = safeNext(value, '/');
      assert.ok(next === '/' || (next.startsWith('/') && !next.startsWith('//')), `${JSON.stringify(value)} → ${next}`);
      assert.equal(new URL(next, 'https://digitale-kommune.example').host, 'digitale-kommune.example', JSON.stringify(value));
    }
    assert.equal(safeNext(42, '/'), '/');
    assert.equal(safeNext(['/a', '/b'], '/'), '/');
  });

  it('never returns a character that cannot stand in a header', () => {
    for (const value of ['/a\r\nSet-Cookie:x=1', '/ä?ö=ü', '/%0d%0a', '/a\u2028b']) {
      assert.doesNotMatch(safeNext(value, '/'), /[^\x21-\x7e]/, JSON.stringify(value));
    }
  });
});

describe('log redaction', () => {
  it('replaces the values of secret parameters and leaves the rest', () => {
    assert.equal(redactUrl('/anmeldung/DK-AB12-CD?token=geheim&hinweis=x'), '/anmeldung/DK-AB12-CD?token=[redacted]&hinweis=x');
    assert.equal(redactUrl('/verwaltung/wissen/1/bild?_csrf=abc'), '/verwaltung/wissen/1/bild?_csrf=[redacted]');
    assert.equal(redactUrl('/suche?q=token'), '/suche?q=token');
    assert.equal(
      redactUrl('/sprache/en?weiter=%2Fanmeldung%2FDK-AB12-CD%3Ftoken%3Dgeheim%26hinweis%3Dx&y=1'),
      '/sprache/en?weiter=%2Fanmeldung%2FDK-AB12-CD%3Ftoken%3D[redacted]%26hinweis%3Dx&y=1',
      'the language switch carries the page address with its token',
    );
  });
});

eachBackend('security of the platform', (backend) => {
  let rt: TestRuntime;
  const log = new LogLines();
  before(async () => {
    rt = await createTestRuntime(backend, { features: [...features, echo], config: { logLevel: 'info' }, logStream: log });
  });
  after(async () => rt.close());

  it('follows no language switch to another site', async () => {
    for (const weiter of ['/%09/evil.example', '/%5Cevil.example', '%2F%2Fevil.example', 'https://evil.example', '/%0d/%0a/evil.example']) {
      const res = await rt.app.inject({ method: 'GET', url: `/sprache/en?weiter=${weiter}` });
      assert.equal(res.statusCode, 303, weiter);
      const location = String(res.headers.location);
      assert.equal(new URL(location, 'http://localhost').host, 'localhost', `${weiter} → ${location}`);
      assert.ok(location.startsWith('/') && !location.startsWith('//'), `${weiter} → ${location}`);
    }
  });

  it('answers a line break meant for a header with a redirect to a safe page, not 500', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/sprache/en?weiter=/%0d%0aSet-Cookie:x=1' });
    assert.equal(res.statusCode, 303);
    assert.doesNotMatch(String(res.headers.location), /[\r\n]/);
    assert.equal([res.headers['set-cookie']].flat().filter((c) => String(c).startsWith('x=')).length, 0, 'no cookie planted');
  });

  it('answers any header with control characters with the 400 page, never 500', async () => {
    for (const url of ['/echo/a%0d%0aSet-Cookie:%20x=1', '/echo/a%00b', '/echo-datei?name=a%0aX-Evil:%201']) {
      const res = await rt.app.inject({ method: 'GET', url, headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
      assert.equal(res.statusCode, 400, url);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.equal(res.headers['x-evil'], undefined);
      assert.equal(res.headers.location, undefined);
    }
    const plain = await rt.app.inject({ method: 'GET', url: '/echo-datei?name=a%0aX-Evil:%201', headers: { accept: 'text/html' } });
    assert.match(plain.body, /Die Anfrage ist ungültig/);
  });

  it('keeps the login form’s way back on the site', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/anmelden?weiter=/%09/evil.example' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<input type="hidden" name="weiter" value="\/konto"/);
  });

  it('writes no token of a link into the log', async () => {
    const secrets = ['geheimer-verwaltungslink-1234567890', 'geheimer-ruecksetzlink-0987654321', 'geheimes-csrf-token-abcdef'];
    await rt.app.inject({ method: 'GET', url: `/anmeldung/DK-ABCD-EF?token=${secrets[0]}` });
    await rt.app.inject({ method: 'GET', url: `/passwort-zuruecksetzen?token=${secrets[1]}` });
    await rt.app.inject({ method: 'GET', url: `/sprache/en?weiter=${encodeURIComponent(`/anmeldung/DK-ABCD-EF?token=${secrets[0]}`)}` });
    await rt.app.inject({ method: 'GET', url: `/registrieren/bestaetigen?hinweis=1&token=${secrets[1]}` });
    await rt.app.inject({ method: 'POST', url: `/verwaltung/wissen/neu?_csrf=${secrets[2]}`, headers: { accept: 'text/html' } });
    const text = log.lines.join('\n');
    assert.match(text, /passwort-zuruecksetzen\?token=\[redacted\]/, 'the request is logged, without its token');
    for (const secret of secrets) assert.ok(!text.includes(secret), `${secret} in the log:\n${text}`);
  });
});

eachBackend('session cookie and lifetime', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { config: { baseUrl: 'https://digitale-kommune.example' } });
  });
  after(async () => rt.close());

  async function logIn(role: 'member' | 'editor' | 'admin') {
    const user = await createTestUser(rt.deps, { siteRole: role });
    const client = new TestClient(rt.app);
    const res = await client.login(user.email, user.password);
    assert.equal(res.statusCode, 303);
    return { user, client, setCookie: String(res.headers['set-cookie']) };
  }

  async function ageSessions(userId: string, hours: number) {
    await queryRows(rt.deps.db, sql`update sessions set created_at = now() - make_interval(hours => ${hours}), last_seen_at = now() where user_id = ${userId}`);
  }

  it('is a __Host- cookie, Secure and for the whole site, when the site is https even if TLS ends at a proxy', async () => {
    const { setCookie, client } = await logIn('member');
    assert.match(setCookie, /^__Host-dk_session=/);
    assert.match(setCookie, /; Secure/);
    assert.match(setCookie, /; Path=\//);
    assert.match(setCookie, /; HttpOnly/);
    assert.doesNotMatch(setCookie, /Domain=/i);
    assert.match(
      String((await client.get('/')).headers['strict-transport-security']),
      /max-age=31536000/,
      'HSTS although the request came over http from the proxy',
    );
    assert.equal((await client.get('/konto')).statusCode, 200, 'the prefixed cookie is the session');
    assert.equal(
      (await new TestClient(rt.app).get('/konto', { cookie: `dk_session=${client.cookie('__Host-dk_session')}` })).statusCode,
      303,
      'the unprefixed name is not read',
    );
  });

  it('deletes the __Host- cookie at logout with Secure and Path=/, without which the browser would keep it', async () => {
    const { client } = await logIn('member');
    const response = await client.postForm('/abmelden', {}, { csrfFrom: '/konto' });
    const header = response.headers['set-cookie'];
    const cleared = (Array.isArray(header) ? header : [String(header)]).find((line) => line.startsWith('__Host-dk_session='));
    assert.ok(cleared, 'the session cookie is deleted');
    assert.match(cleared, /; Secure/);
    assert.match(cleared, /; Path=\//);
  });

  it('ends an editor’s or administrator’s session twelve hours after login, however active', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const { user, client } = await logIn(role);
      await ageSessions(user.id, 11);
      assert.equal((await client.get('/konto')).statusCode, 200, `${role} after 11 h`);
      await ageSessions(user.id, 13);
      assert.equal((await client.get('/konto')).statusCode, 303, `${role} after 13 h is sent to the login`);
      const left = await queryRows(rt.deps.db, sql`select 1 as one from sessions where user_id = ${user.id}`);
      assert.equal(left.length, 0, 'the ended session is removed');
    }
  });

  it('removes an editor’s unused session twelve hours after login in the sweep, a member’s not', async () => {
    const editor = await logIn('editor');
    const member = await logIn('member');
    await ageSessions(editor.user.id, 13);
    await ageSessions(member.user.id, 13);
    await rt.runtime.sweep(new Date());
    const left = await queryRows<{ user_id: string }>(rt.deps.db, sql`select user_id from sessions where user_id in (${editor.user.id}, ${member.user.id})`);
    assert.deepEqual(
      left.map((r) => r.user_id),
      [member.user.id],
    );
  });

  it('keeps a member signed in for up to fourteen days after login, not longer', async () => {
    const { user, client } = await logIn('member');
    await ageSessions(user.id, 13);
    assert.equal((await client.get('/konto')).statusCode, 200);
    await ageSessions(user.id, 14 * 24 + 1);
    assert.equal((await client.get('/konto')).statusCode, 303);
  });

  it('ends a session fourteen days after its last request, and a request before then extends it', async () => {
    const { user, client } = await logIn('member');
    const hoursLeft = async () =>
      (
        await queryRows<{ hours: number }>(
          rt.deps.db,
          sql`select extract(epoch from expires_at - now())::float / 3600 as hours from sessions where user_id = ${user.id}`,
        )
      )[0]?.hours;
    const idle = async (hoursAgo: number, expiresInMinutes: number) =>
      queryRows(
        rt.deps.db,
        sql`update sessions set last_seen_at = now() - make_interval(hours => ${hoursAgo}), expires_at = now() + make_interval(mins => ${expiresInMinutes}) where user_id = ${user.id}`,
      );
    assert.ok(Math.abs((await hoursLeft())! - SESSION_IDLE_HOURS) < 0.1, 'a new session may stay idle for the idle lifetime');

    await idle(SESSION_IDLE_HOURS - 1, 1);
    assert.equal((await client.get('/konto')).statusCode, 200, 'a minute before the idle end');
    assert.ok(Math.abs((await hoursLeft())! - SESSION_IDLE_HOURS) < 0.1, 'the request gives the session its idle lifetime again');

    await idle(SESSION_IDLE_HOURS, -1);
    assert.equal((await client.get('/konto')).statusCode, 303, 'a minute after the idle end');
  });
});

eachBackend('client addresses behind a proxy', (backend) => {
  async function searchFrom(rt: TestRuntime, count: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      const res = await rt.app.inject({ method: 'GET', url: `/suche?q=Wort${i}`, headers: { accept: 'text/html', 'x-forwarded-for': `203.0.113.${i % 250}` } });
      statuses.push(res.statusCode);
    }
    return statuses;
  }

  it('ignores X-Forwarded-For from a client that is not a named proxy', async () => {
    const rt = await createTestRuntime(backend, { config: { trustProxy: ['10.0.0.0/8'] } });
    try {
      const statuses = await searchFrom(rt, 61);
      assert.deepEqual(statuses.slice(0, 60), Array(60).fill(200), 'sixty searches a minute are allowed');
      assert.equal(statuses[60], 429, 'a forged address does not escape the limit');
    } finally {
      await rt.close();
    }
  });

  it('believes the named proxy', async () => {
    const rt = await createTestRuntime(backend, { config: { trustProxy: ['127.0.0.1'] } });
    try {
      const statuses = await searchFrom(rt, 61);
      assert.deepEqual(statuses, Array(61).fill(200), 'sixty-one visitors behind the proxy');
    } finally {
      await rt.close();
    }
  });
});

eachBackend('page cache keys', (backend) => {
  it('serves made-up query parameters the page it has, without computing it again', async () => {
    const rt = await createTestRuntime(backend, { config: { pageCacheMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 80; i++) {
        const res = await rt.app.inject({ method: 'GET', url: `/suche?q=Breitband&zufall=${i}&seite=1`, headers: { accept: 'text/html' } });
        statuses.push(res.statusCode);
      }
      assert.deepEqual(statuses, Array(80).fill(200), 'one search computed, 79 answered from the cache');
      const other = await rt.app.inject({ method: 'GET', url: '/suche?q=Glasfaser', headers: { accept: 'text/html' } });
      assert.equal(other.statusCode, 200);
      assert.match(other.body, /Glasfaser/, 'a known parameter still makes its own page');
    } finally {
      await rt.close();
    }
  });
});

eachBackend('hostile query strings on every page', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => rt.close());

  // Tokens twice, empty, with control characters, absurdly long, or where a page expects
  // something else; return parameters that lead off the site; a forged client address.
  const QUERIES = [
    'token=a&token=b',
    // as many tokens as a real one has characters: a list must never pass for a token
    Array.from({ length: 30 }, (_, i) => `token=${i}`).join('&'),
    'token=',
    'token=%00%0d%0a',
    `token=${'x'.repeat(10_000)}`,
    'weiter=//evil.example&weiter=/%09/evil.example',
    'weiter=%0d%0aSet-Cookie:x=1',
    'seite=-1&seite=2&q[]=x&hinweis[a]=1',
    '_csrf=%E0%A4%A',
  ];

  it('answers every GET route with a page or a redirect on the site, never 500', async () => {
    const routes = [...new Set(rt.app.registeredRoutes.filter((r) => r.method === 'GET').map((r) => r.url))].filter((url) => !url.includes('*'));
    assert.ok(routes.length > 40, `${routes.length} routes`);
    const failures: string[] = [];
    for (const route of routes) {
      const path = route.replace(/:[A-Za-z]+/g, 'x%0d%0ay');
      for (const query of QUERIES) {
        const url = `${path}?${query}`;
        const res = await rt.app.inject({ method: 'GET', url, headers: { accept: 'text/html', 'x-forwarded-for': '1.2.3.4, evil' } });
        if (res.statusCode >= 500) failures.push(`${res.statusCode} ${url.slice(0, 120)}`);
        const location = res.headers.location;
        if (location !== undefined && new URL(String(location), 'http://localhost').host !== 'localhost')
          failures.push(`off-site ${location} ← ${url.slice(0, 120)}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
