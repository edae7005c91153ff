import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';
import { SiteSettingsStore } from '../settings/site-settings.ts';
import { TcpProxy } from '../testing/tcp-proxy.ts';
import { inCI } from '../testing/ci.ts';
import { openTestDatabase, requireServerUrl, type TestDatabase } from '../testing/test-database.ts';

// Outside CI the suite needs a server to run (PGlite runs inside the process and cannot become
// unreachable); in CI it runs always, so that a missing TEST_DATABASE_URL fails it.
const skip = process.env.TEST_DATABASE_URL || inCI ? false : 'needs TEST_DATABASE_URL';

describe('a database outage', { skip }, () => {
  let clone: TestDatabase;
  let proxy: TcpProxy;
  let runtime: Runtime;
  let dataDir: string;

  before(async () => {
    clone = await openTestDatabase('postgres');
    const upstream = new URL(requireServerUrl());
    proxy = new TcpProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(requireServerUrl());
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    viaProxy.pathname = `/${clone.databaseName}`;
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-outage-'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: viaProxy.toString(), DATA_DIR: dataDir, DEMO_CONTENT: '0' });
    runtime = await createRuntime(config, { logger: false, migrate: false });
    // The site settings are kept for 5 s per process; without the cache every page asks the
    // database, so the outage shows on the very next request.
    runtime.deps.settings = new SiteSettingsStore(runtime.deps.db, 0);
  });

  after(async () => {
    await runtime?.close();
    await proxy?.cut();
    await clone?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
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
