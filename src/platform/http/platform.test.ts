import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { features } from '../../features/index.ts';
import type { Feature } from '../deps.ts';
import { messagesFor } from '../i18n/index.ts';
import { TestClient } from '../testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { Form } from '../views/components/form.tsx';
import { Layout } from '../views/layout.tsx';
import { issueCsrfToken } from './csrf.ts';
import { parseForm, requiredText } from './form.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const de = messagesFor('de');
const en = messagesFor('en');

/** A form of the kind every feature has, to watch the platform's checks around it. */
const probe: Feature = {
  name: 'probe',
  routes(app: FastifyInstance) {
    app.get('/probe', async (request, reply) =>
      reply.page(
        h(Layout, {
          ctx: request.view(),
          title: 'Probe',
          children: [h('h1', null, 'Probe'), h(Form, { ctx: request.view(), action: '/probe', children: null })],
        }),
      ),
    );
    app.post('/probe', async (request, reply) => {
      const form = parseForm(z.strictObject({ name: requiredText(100) }), request.body, request.t);
      return reply.status(form.ok ? 200 : 400).send(form.ok ? `gespeichert: ${form.data.name}` : 'Fehler');
    });
  },
};

function csrfTokenOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, 'the page carries a CSRF token');
  return token;
}

eachBackend('platform HTTP', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { features: [...features, probe] });
  });
  after(async () => rt.close());

  async function formPost(payload: string, headers: Record<string, string> = {}) {
    return rt.app.inject({
      method: 'POST',
      url: '/probe',
      payload,
      headers: { host: 'localhost', origin: 'http://localhost', accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
  }

  async function freshToken(): Promise<string> {
    return csrfTokenOf((await rt.app.inject({ method: 'GET', url: '/probe', headers: { host: 'localhost' } })).body);
  }

  it('sends security headers that forbid inline scripts and framing', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    assert.ok(scriptSrc, `CSP has script-src: ${csp}`);
    assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['set-cookie'], undefined, 'no cookie for an anonymous visitor');
  });

  it('answers a NUL byte in an address with 400, not 500', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/netzwerk/organisationen/a%00b', headers: { accept: 'text/html' } });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Die Anfrage ist ungültig/);
  });

  it('answers an address that is not valid percent-encoding with the readable 400 page', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/veranstaltungen/%E0%A4%A', headers: { accept: 'text/html' } });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html lang="de"/);
    assert.match(res.body, /Die Anfrage ist ungültig/);
  });

  it('shows the start page in German by default', async () => {
    const res = await new TestClient(rt.app).get('/');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(res.body, /<html lang="de"[ >]/);
    assert.ok(res.body.includes(de.common.skipLink));
  });

  it('switches to English with /sprache/en and stays there', async () => {
    const client = new TestClient(rt.app);
    const res = await client.get('/sprache/en?weiter=%2Fimpressum');
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, '/impressum');
    assert.equal(client.cookie('dk_lang'), 'en');
    const page = await client.followRedirect(res);
    assert.match(page.body, /<html lang="en"[ >]/);
    assert.ok(page.body.includes(en.common.skipLink));
    assert.ok(!page.body.includes(de.common.skipLink));
    const back = await client.followRedirect(await client.get('/sprache/de'));
    assert.match(back.body, /<html lang="de"[ >]/);
  });

  it('refuses to redirect to another site after switching language', async () => {
    const res = await new TestClient(rt.app).get('/sprache/en?weiter=%2F%2Fevil.example%2F');
    assert.equal(res.location, '/');
  });

  it('answers an unknown address with a 404 page inside the layout, in both languages', async () => {
    const client = new TestClient(rt.app);
    const german = await client.get('/gibt-es-nicht');
    assert.equal(german.statusCode, 404);
    assert.ok(german.body.includes(de.common.errors.notFoundTitle));
    assert.ok(german.body.includes(de.common.footer.imprint), 'the footer of the layout is there');
    assert.match(german.body, /<main id="inhalt"/);

    await client.get('/sprache/en');
    const english = await client.get('/gibt-es-nicht');
    assert.equal(english.statusCode, 404);
    assert.match(english.body, /<html lang="en"[ >]/);
    assert.ok(english.body.includes(en.common.errors.notFoundTitle));
  });

  it('accepts a form with a valid token from the same site', async () => {
    const res = await formPost(`_csrf=${encodeURIComponent(await freshToken())}&name=Erika`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, 'gespeichert: Erika');
  });

  it('refuses a form without a CSRF token with a readable 403 page', async () => {
    const res = await formPost('name=Erika');
    assert.equal(res.statusCode, 403);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.ok(res.body.includes(de.common.errors.csrfTitle));
  });

  it('refuses a forged or foreign token', async () => {
    const token = await freshToken();
    const forged = token.replace(/\.(.)/, (_all, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    assert.equal((await formPost(`_csrf=${encodeURIComponent(forged)}&name=Erika`)).statusCode, 403);

    const owner = new TestClient(rt.app, { remoteAddress: '192.0.2.70' });
    const ownerAccount = await createTestUser(rt.deps);
    await owner.login(ownerAccount.email, ownerAccount.password);
    const stranger = new TestClient(rt.app, { remoteAddress: '192.0.2.71' });
    const strangerAccount = await createTestUser(rt.deps);
    await stranger.login(strangerAccount.email, strangerAccount.password);
    const ownersToken = csrfTokenOf((await owner.get('/probe')).body);
    const post = (client: TestClient, csrf: string) =>
      client.request('POST', '/probe', {
        payload: `_csrf=${encodeURIComponent(csrf)}&name=Erika`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });

    assert.equal((await post(owner, ownersToken)).statusCode, 200, 'the owner’s session accepts its own token');
    assert.equal((await post(stranger, ownersToken)).statusCode, 403, 'another person’s session refuses it');
    assert.equal((await formPost(`_csrf=${encodeURIComponent(ownersToken)}&name=Erika`)).statusCode, 403, 'an anonymous visitor cannot use it');
    assert.equal((await post(owner, await freshToken())).statusCode, 403, 'an anonymous token is refused in a session');
  });

  it('refuses a token past its twelve hours and accepts one just before', async () => {
    const issuedAgo = (ms: number) => encodeURIComponent(issueCsrfToken(rt.deps.keyring, { user: null }, Date.now() - ms));
    assert.equal((await formPost(`_csrf=${issuedAgo(12 * HOUR - MINUTE)}&name=Erika`)).statusCode, 200);
    assert.equal((await formPost(`_csrf=${issuedAgo(12 * HOUR + MINUTE)}&name=Erika`)).statusCode, 403);
  });

  it('refuses a form with a valid token that comes from another site', async () => {
    const token = encodeURIComponent(await freshToken());
    const fromOrigin = await formPost(`_csrf=${token}&name=Erika`, { origin: 'https://evil.example' });
    assert.equal(fromOrigin.statusCode, 403);
    assert.ok(fromOrigin.body.includes(de.common.errors.csrfTitle));
    const fromFetchSite = await formPost(`_csrf=${token}&name=Erika`, { 'sec-fetch-site': 'cross-site' });
    assert.equal(fromFetchSite.statusCode, 403);
  });

  it('answers an oversized body with a 413 page', async () => {
    const res = await formPost(`_csrf=${encodeURIComponent(await freshToken())}&name=${'x'.repeat(300 * 1024)}`);
    assert.equal(res.statusCode, 413);
    assert.ok(res.body.includes(de.common.errors.tooLargeTitle));
  });

  it('answers malformed form bodies with 4xx, never 500', async () => {
    const token = encodeURIComponent(await freshToken());
    const malformed = [
      `_csrf=${token}&name=%E0%A4%A&%%%`,
      `_csrf=${token}&name=a&name=b`,
      `_csrf=${token}&name=x&__proto__=1`,
      `_csrf=${token}&name[]=x`,
      `_csrf=${token}&&&==&`,
      `_csrf=${token}&_csrf=${token}&name=x`,
    ];
    for (const payload of malformed) {
      const res = await formPost(payload);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${payload} answered ${res.statusCode}`);
    }
    const wrongType = await formPost('{"name":"x"}', { 'content-type': 'application/json' });
    assert.ok(wrongType.statusCode >= 400 && wrongType.statusCode < 500, `JSON answered ${wrongType.statusCode}`);
  });

  it('reports health as JSON', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: 'ok', migrations: 'applied', jobs: 'idle' });
    assert.equal(res.headers['cache-control'], 'no-store');
  });
});
