import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Runtime } from '../../runtime.ts';
import { SiteSettingsStore } from '../settings/site-settings.ts';
import type { TcpProxy } from '../testing/tcp-proxy.ts';
import { skipWithoutServer, startProxiedRuntime, type ProxiedRuntime } from '../../testing/proxied-runtime.ts';

// PGlite runs inside the process and cannot become unreachable.
describe('a database outage', { skip: skipWithoutServer }, () => {
  let app: ProxiedRuntime;
  let proxy: TcpProxy;
  let runtime: Runtime;

  before(async () => {
    app = await startProxiedRuntime();
    ({ proxy, runtime } = app);
    // The site settings are kept for 5 s per process; without the cache every page asks the
    // database, so the outage shows on the very next request.
    runtime.deps.settings = new SiteSettingsStore(runtime.deps.db, 0);
  });

  after(async () => {
    await app?.close();
  });

  async function timed(url: string, accept: string) {
    const started = performance.now();
    const response = await runtime.app.inject({ method: 'GET', url, headers: { accept } });
    return { response, ms: performance.now() - started };
  }

  it('answers 503 at once while PostgreSQL is away, and 200 again when it is back, without a restart', async () => {
    assert.equal((await timed('/', 'text/html')).response.statusCode, 200);
    assert.equal((await timed('/healthz', 'application/json')).response.statusCode, 200);

    await proxy.cut();

    const page = await timed('/', 'text/html');
    assert.equal(page.response.statusCode, 503);
    assert.match(String(page.response.headers['content-type']), /text\/html/);
    assert.match(page.response.body, /<h1[^>]*>Der Dienst ist vorübergehend nicht erreichbar<\/h1>/);
    assert.equal(page.response.headers['retry-after'], '10');
    assert.ok(page.ms < 2000, `the page came after ${Math.round(page.ms)} ms`);

    const health = await timed('/healthz', 'application/json');
    assert.equal(health.response.statusCode, 503);
    assert.deepEqual(health.response.json(), { status: 'unavailable', database: 'unreachable', migrations: 'applied', jobs: 'idle' });
    assert.ok(health.ms < 2000, `the health check came after ${Math.round(health.ms)} ms`);
    const alive = await timed('/livez', 'application/json');
    assert.equal(alive.response.statusCode, 200, 'the process itself is fine: no reason to restart it');

    await proxy.start();

    assert.equal((await timed('/', 'text/html')).response.statusCode, 200, 'the first page after the outage');
    const healthAgain = await timed('/healthz', 'application/json');
    assert.equal(healthAgain.response.statusCode, 200);
    assert.deepEqual(healthAgain.response.json(), { status: 'ok', database: 'ok', migrations: 'applied', jobs: 'idle' });
  });
});
