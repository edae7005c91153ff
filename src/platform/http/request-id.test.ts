import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { features } from '../../features/index.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/harness.ts';
import type { AppDeps, Feature } from '../deps.ts';
import { insertJob } from '../jobs/repository.ts';
import { queryRows } from '../db/client.ts';
import { LogLines } from '../testing/log-lines.ts';

/** A route that fails, as a defect would, and one that queues a job no handler knows. */
const broken: Feature = {
  name: 'broken',
  routes(app: FastifyInstance, deps: AppDeps) {
    app.get('/kaputt', async () => {
      throw new Error('ein Fehler im Code');
    });
    app.get('/auftrag', async (_request, reply) => {
      await insertJob(deps.db, { kind: 'test.unbekannt', payload: {} });
      return reply.send('eingereiht');
    });
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let rt: TestRuntime;
const log = new LogLines();
before(async () => {
  rt = await createTestRuntime('pglite', { features: [...features, broken], config: { logLevel: 'info' }, logStream: log });
});
after(async () => {
  await rt.close();
});

/** The log lines of one request, by its id. */
const linesOf = (id: string) => log.lines.map((line) => JSON.parse(line) as { reqId?: string; msg?: string }).filter((line) => line.reqId === id);

it('gives every request a random UUID, in its answer and in each of its log lines', async () => {
  const first = await rt.app.inject({ method: 'GET', url: '/' });
  const second = await rt.app.inject({ method: 'GET', url: '/' });
  const id = String(first.headers['x-request-id']);
  assert.match(id, UUID);
  assert.notEqual(second.headers['x-request-id'], id);
  const lines = linesOf(id);
  assert.ok(lines.some((l) => l.msg === 'incoming request') && lines.some((l) => l.msg === 'request completed'), JSON.stringify(lines));
});

it('takes over the id the proxy in front sent, unless it is long or holds other characters', async () => {
  const sent = await rt.app.inject({ method: 'GET', url: '/impressum', headers: { 'x-request-id': 'nginx-7f3a9c:01' } });
  assert.equal(sent.headers['x-request-id'], 'nginx-7f3a9c:01');
  assert.ok(linesOf('nginx-7f3a9c:01').length >= 2);
  for (const bad of ['a'.repeat(129), 'zwei teile', '"><script>', '']) {
    const res = await rt.app.inject({ method: 'GET', url: '/impressum', headers: { 'x-request-id': bad } });
    assert.match(String(res.headers['x-request-id']), UUID, JSON.stringify(bad));
  }
});

it('names the id on the error page and in the JSON error, so that a report can be found in the log', async () => {
  const page = await rt.app.inject({ method: 'GET', url: '/kaputt', headers: { 'x-request-id': 'melde-4711', accept: 'text/html' } });
  assert.equal(page.statusCode, 500);
  assert.equal(page.headers['x-request-id'], 'melde-4711');
  assert.match(page.body, /<code class="dk-reference">melde-4711<\/code>/);
  const json = await rt.app.inject({ method: 'GET', url: '/kaputt', headers: { 'x-request-id': 'melde-4712', accept: 'application/json' } });
  assert.deepEqual(json.json(), { error: 'serverError', requestId: 'melde-4712' });
  assert.ok(linesOf('melde-4711').some((l) => l.msg === 'request failed'));
});

it('writes the id into the jobs a request queues, and into the log lines of those jobs', async () => {
  const res = await rt.app.inject({ method: 'GET', url: '/auftrag', headers: { 'x-request-id': 'auftrag-0815' } });
  assert.equal(res.statusCode, 200);
  const [job] = await queryRows<{ request_id: string | null }>(rt.deps.db, sql`select request_id from jobs where kind = 'test.unbekannt'`);
  assert.equal(job?.request_id, 'auftrag-0815');
  await rt.runJobs();
  assert.ok(
    linesOf('auftrag-0815').some((l) => l.msg === 'job failed, will retry'),
    'the worker names the request in the job’s log line',
  );
  await insertJob(rt.deps.db, { kind: 'test.ohne-anfrage', payload: {} });
  const [outside] = await queryRows<{ request_id: string | null }>(rt.deps.db, sql`select request_id from jobs where kind = 'test.ohne-anfrage'`);
  assert.equal(outside?.request_id, null, 'a job queued outside a request has no request id');
});
