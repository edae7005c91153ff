import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Feature } from '../deps.ts';
import { TestClient } from '../testing/client.ts';
import { Form } from '../views/components/form.tsx';
import { Layout } from '../views/layout.tsx';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { decodeNotice, NOTICE_COOKIE, redirectWithNotice } from './notice.ts';

/** A form that confirms with a notice, and the page that shows it. */
const probe: Feature = {
  name: 'probe',
  routes(app: FastifyInstance) {
    app.get('/probe/formular', async (request, reply) =>
      reply.page(h(Layout, { ctx: request.view(), title: 'Formular', children: h(Form, { ctx: request.view(), action: '/probe', children: null }) })),
    );
    app.post('/probe', async (_request, reply) => redirectWithNotice(reply, '/probe', { word: 'saved', detail: 'DK-AB12-CD' }));
    app.get('/probe', { config: { publicPage: {} } }, async (request, reply) =>
      reply.type('text/plain').send(request.notice ? `Hinweis: ${request.notice.word} ${request.notice.detail ?? ''}` : 'kein Hinweis'),
    );
  },
};

it('reads only well-formed notices', () => {
  assert.deepEqual(decodeNotice('saved'), { word: 'saved' });
  assert.deepEqual(decodeNotice('saved:DK-AB12-CD'), { word: 'saved', detail: 'DK-AB12-CD' });
  assert.deepEqual(decodeNotice('saved:%E0%A4%A'), { word: 'saved' }, 'a broken detail is dropped, not thrown');
  for (const bad of ['', '<script>', '1abc', 'a'.repeat(41), 'x y']) assert.equal(decodeNotice(bad), undefined, bad);
});

eachBackend('notices after a redirect', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { features: [probe], config: { pageCacheMs: 60_000 } });
  });
  after(async () => rt.close());

  it('shows the confirmation once: not on reload, not in the address', async () => {
    const client = new TestClient(rt.app);
    const res = await client.postForm('/probe', {}, { csrfFrom: '/probe/formular' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, '/probe', 'nothing in the address that a reload or a bookmark would repeat');
    assert.match(String(res.headers['set-cookie']), new RegExp(`^${NOTICE_COOKIE}=saved:DK-AB12-CD; Max-Age=60; Path=/; HttpOnly; SameSite=Lax`));
    assert.equal((await client.get('/probe')).body, 'Hinweis: saved DK-AB12-CD');
    assert.equal((await client.get('/probe')).body, 'kein Hinweis');
  });

  it('never serves one visitor’s notice to another from the page cache', async () => {
    await new TestClient(rt.app).get('/probe');
    const withNotice = await rt.app.inject({ method: 'GET', url: '/probe', headers: { cookie: `${NOTICE_COOKIE}=saved` } });
    assert.equal(withNotice.body, 'Hinweis: saved ');
    assert.equal((await rt.app.inject({ method: 'GET', url: '/probe' })).body, 'kein Hinweis');
  });
});
