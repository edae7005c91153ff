import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, RssSampler, ServerProcess } from './app-process.ts';
import { createBenchDatabase, type BenchDatabase } from './database.ts';
import { progress } from './report.ts';
import { SmtpSink } from './smtp-sink.ts';

export interface BenchOptions {
  quick: boolean;
  /** WEB_CONCURRENCY of the app: a number or "auto" (one process per core) */
  processes: string;
  /** PostgreSQL server the bench database is created on */
  serverUrl: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  process: ServerProcess;
  url: string;
  port: number;
}

/**
 * Everything a scenario needs: the bench database, the SMTP sink, the app processes, and a
 * list of things to undo however the run ends.
 */
export class BenchContext {
  readonly runId = randomBytes(3).toString('hex');
  readonly tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-bench-'));
  readonly secretKey = randomBytes(48).toString('base64');
  /** peak memory of the main app process, the figure of the memory scenario */
  readonly mainSampler = new RssSampler();
  readonly sink = new SmtpSink();
  db!: BenchDatabase;
  #main: RunningApp | undefined;
  readonly #cleanups: (() => Promise<void>)[] = [];

  constructor(readonly options: BenchOptions) {}

  async setup(): Promise<void> {
    this.db = await createBenchDatabase(this.options.serverUrl);
    this.onCleanup(() => this.db.drop());
    progress(`database ${this.db.name} created and migrated`);
    await this.sink.start();
    this.onCleanup(() => this.sink.close());
  }

  onCleanup(fn: () => Promise<void>): void {
    this.#cleanups.push(fn);
  }

  /** undoes everything in reverse order; every step runs even when an earlier one fails */
  async cleanup(): Promise<void> {
    while (this.#cleanups.length) {
      const fn = this.#cleanups.pop()!;
      await fn().catch((error: unknown) => progress(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
    }
    this.mainSampler.stop();
    fs.rmSync(this.tmpDir, { recursive: true, force: true });
  }

  /** the environment of a production app process on loopback */
  appEnv(port: number, overrides: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: this.db.url,
      SECRET_KEY: this.secretKey,
      DATA_DIR: path.join(this.tmpDir, 'data'),
      LOG_LEVEL: 'warn',
      SMTP_URL: this.sink.url,
      // The bench waits for mail delivery; a quarter second keeps that wait short.
      JOB_POLL_MS: '250',
      // As behind the reverse proxy of operations.md: the load generator is the proxy on
      // loopback, and its X-Forwarded-For names the person.
      TRUST_PROXY: '127.0.0.1',
      DEMO_CONTENT: '0',
      // the bench reads the app's own figures, e.g. how long the date's lock was held
      METRICS_ALLOW: '127.0.0.1',
      WEB_CONCURRENCY: this.options.processes,
      // the heap limit docs/operations.md recommends, so that each app process stays under 200 MB
      NODE_OPTIONS: '--max-old-space-size=128',
      ...overrides,
    };
  }

  /** starts an app process of its own (resilience scenarios kill and cut theirs) */
  async startApp(name: string, overrides: Record<string, string> = {}, sampler?: RssSampler): Promise<RunningApp> {
    const port = await freePort();
    const proc = new ServerProcess({
      name,
      // BENCH_APP_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the app under load
      // the production build (npm run build), as operations.md runs it
      args: [...(process.env.BENCH_APP_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []), '--enable-source-maps', path.join(ROOT, 'dist/main.js')],
      env: this.appEnv(port, overrides),
      logFile: path.join(this.tmpDir, `${name}.log`),
      healthUrl: `http://127.0.0.1:${port}/healthz`,
      ...(sampler ? { sampler } : {}),
    });
    this.onCleanup(() => proc.stop());
    const started = performance.now();
    await proc.start();
    progress(`${name} (pid ${proc.pid}) healthy after ${Math.round(performance.now() - started)} ms on port ${port}`);
    return { process: proc, url: `http://127.0.0.1:${port}`, port };
  }

  /** the app process that the load scenarios share; its peak memory is the memory figure */
  async mainApp(): Promise<RunningApp> {
    this.#main ??= await this.startApp('app', {}, this.mainSampler);
    return this.#main;
  }

  get mainAppStarted(): boolean {
    return this.#main !== undefined;
  }

  logTail(name: string, lines = 20): string {
    try {
      return fs
        .readFileSync(path.join(this.tmpDir, `${name}.log`), 'utf8')
        .trim()
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '';
    }
  }
}
