import zlib from 'node:zlib';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { h } from 'preact';
import { z } from 'zod';
import type { Feature } from '../deps.ts';
import { TestClient } from '../testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { Layout } from '../views/layout.tsx';

// Each rendering of the probe pages counts up, so a reused page shows an old number.
let renders = 0;
const probe: Feature = {
  name: 'probe',
  routes(app) {
    const page = (title: string) => async (request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) =>
      reply.page(h(Layout, { ctx: request.view(), title, children: h('p', { id: 'n' }, `Aufruf ${++renders}`) }));
    app.get(
      '/oeffentlich',
      { config: { publicPage: { query: z.object({ seite: z.coerce.number().int().optional().catch(undefined) }) } } },
      page('Öffentlich'),
    );
    app.get('/persoenlich', page('Persönlich'));
  },
};

const count = (body: string) => /Aufruf (\d+)/.exec(body)?.[1];

eachBackend('page cache', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { features: [probe], config: { pageCacheMs: 60_000 } });
  });
  after(async () => rt.close());

  it('renders a public page once for all anonymous visitors of a language, with its query in the key', async () => {
    const first = count((await new TestClient(rt.app).get('/oeffentlich')).body);
    const second = await new TestClient(rt.app).get('/oeffentlich');
    assert.equal(second.statusCode, 200);
    assert.equal(count(second.body), first, 'the same page for the next visitor');
    assert.match(String(second.headers['content-security-policy']), /default-src 'self'/, 'security headers on a reused page too');
    assert.notEqual(count((await new TestClient(rt.app).get('/oeffentlich?seite=2')).body), first);
    assert.equal(count((await new TestClient(rt.app).get('/oeffentlich?zufall=1')).body), first, 'a parameter the page does not read makes no page of its own');
    assert.equal(
      count((await new TestClient(rt.app).get('/oeffentlich?seite=1&zufall=2')).body),
      count((await new TestClient(rt.app).get('/oeffentlich?seite=1')).body),
    );

    const english = new TestClient(rt.app);
    await english.get('/sprache/en');
    const inEnglish = await english.get('/oeffentlich');
    assert.notEqual(count(inEnglish.body), first);
    assert.match(inEnglish.body, /<html lang="en"/);
  });

  it('sends a reused page compressed as the browser asks, the same page in every encoding', async () => {
    const url = '/oeffentlich?kompression=1';
    const plain = await rt.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    const br = await rt.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gzip = await rt.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br;q=0' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.equal(zlib.gunzipSync(gzip.rawPayload).toString(), plain.body);
  });

  it('renders every page anew for anyone with a session cookie, and pages that did not opt in for everyone', async () => {
    const withSession = () => rt.app.inject({ method: 'GET', url: '/oeffentlich', headers: { cookie: `${rt.app.sessionCookie.name}=abgelaufen` } });
    const a = count((await withSession()).body);
    const b = count((await withSession()).body);
    assert.notEqual(a, b);
    const c = count((await new TestClient(rt.app).get('/persoenlich')).body);
    const d = count((await new TestClient(rt.app).get('/persoenlich')).body);
    assert.notEqual(c, d);
  });
});
