import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { insertJob } from './jobs/repository.ts';
import { PROJECT_ROOT } from './paths.ts';
import { seriesValue } from './testing/prometheus-text.ts';
import { backends, openTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { freePort } from './testing/free-port.ts';

// Inside the project, so that the bundle finds package.json, public/, migrations/ and assets/ above it.
const OUT_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'digitale-kommune', `build-${process.pid}`);

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const METRICS_TOKEN = 'prometheus-token-of-the-data-centre-0123456789';
const LIVEZ_REQUESTS = 10;

/** A GET without keep-alive: the primary hands each new connection to the next app process. */
function getOnNewConnection(port: number, pathname: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      })
      .on('error', reject);
  });
}

const healthy = (port: number) => async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined);

/** The app processes a primary has forked, from /proc. */
function childPids(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

function start(env: Record<string, string>): { child: ChildProcess; exit: Promise<number | null>; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(OUT_DIR, 'main.js')], {
    cwd: os.tmpdir(),
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => output };
}

describe('production build (npm run build, then node dist/main.js)', () => {
  let dataDir: string;
  before(() => {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build.mjs'), '--outdir', OUT_DIR], { cwd: PROJECT_ROOT, stdio: 'pipe' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-build-'));
  });
  after(() => {
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo platform from the bundle, started from another folder, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const app = start({ PORT: String(port), DATA_DIR: dataDir, DEMO_CONTENT: '1' });
    try {
      await waitFor('the bundled app', healthy(port));
      const home = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(home.status, 200);
      const html = await home.text();
      assert.match(html, /Digitale Kommune/);
      const stylesheet = html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
      assert.ok(stylesheet, 'the page names its stylesheet');
      const css = await fetch(`http://127.0.0.1:${port}${stylesheet}`);
      assert.equal(css.status, 200, 'public/ is found from the bundle');
    } finally {
      app.child.kill('SIGTERM');
    }
    assert.equal(await app.exit, 0, app.output());
  });

  it('runs several app processes on PostgreSQL, reports their metrics together, replaces one that dies, and stops them all on SIGTERM', {
    skip: !backends.includes('postgres') && 'needs TEST_DATABASE_URL',
  }, async () => {
    let database: TestDatabase | undefined;
    try {
      database = await openTestDatabase('postgres');
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${database.databaseName}`;
      const port = await freePort();
      const app = start({
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: url.toString(),
        WEB_CONCURRENCY: '2',
        DATABASE_POOL_SIZE: '4',
        DEMO_CONTENT: '0',
        METRICS_TOKEN,
      });
      const primary = app.child.pid!;
      try {
        await waitFor('two healthy app processes', async () => (childPids(primary).length === 2 && (await healthy(port)()) ? true : undefined));
        await insertJob(database.db, { kind: 'metrics.test.later', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
        // Each on a connection of its own, so that the processes take turns to answer.
        for (let i = 0; i < LIVEZ_REQUESTS; i++) assert.equal(await getOnNewConnection(port, '/livez'), 200);
        const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
        assert.equal(metrics.status, 200);
        const text = await metrics.text();
        const value = (series: string) => seriesValue(text, series);
        assert.equal(
          value('digitale_kommune_http_request_duration_seconds_count{method="GET",route="/livez",status_code="200"}'),
          LIVEZ_REQUESTS,
          'the requests of both processes',
        );
        assert.equal(value('digitale_kommune_db_pool_size'), 8, 'the pools of both processes add up');
        assert.equal(value('digitale_kommune_jobs{kind="metrics.test.later",state="scheduled"}'), 1, 'a figure of the database counts once');
        const [victim] = childPids(primary);
        process.kill(victim!, 'SIGKILL');
        const replaced = await waitFor('a replacement process', async () => {
          const now = childPids(primary);
          return now.length === 2 && !now.includes(victim!) && (await healthy(port)()) ? now : undefined;
        });
        assert.equal(replaced.length, 2);
      } finally {
        app.child.kill('SIGTERM');
      }
      assert.equal(await app.exit, 0, app.output());
      assert.deepEqual(childPids(primary), []);
    } finally {
      await database?.close();
    }
  });
});
