import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ServerProcess } from '../lib/app-process.ts';
import type { CapturedPage } from '../lib/bare-server.ts';
import { freePort, type BenchContext } from '../lib/context.ts';
import { HttpClient } from '../lib/load.ts';
import { BROWSER_HEADERS, loadGet, round } from '../lib/measure.ts';
import { printResult, progress, target, type Target } from '../lib/report.ts';
import { seedCatalogue, seedGuide, type Catalogue } from '../lib/seed.ts';
import { statementsPer } from '../lib/statements.ts';

export interface BenchPage {
  name: string;
  path: string;
}

let catalogue: Promise<Catalogue & { guidePath: string }> | undefined;

/** the published events and the guide every page scenario reads; inserted once per run */
export function ensureCatalogue(ctx: BenchContext): Promise<Catalogue & { guidePath: string }> {
  catalogue ??= (async () => ({ ...(await seedCatalogue(ctx.db.handle.db, ctx.runId)), guidePath: await seedGuide(ctx.db.handle.db, ctx.runId) }))();
  return catalogue;
}

/**
 * The pages a visitor reads most. A page whose route does not exist yet is skipped with a
 * note instead of failing the run: the scenario grows with the features.
 */
export async function discoverPages(ctx: BenchContext, base: string): Promise<{ pages: BenchPage[]; notes: string[] }> {
  const { eventSlug, guidePath } = await ensureCatalogue(ctx);
  const client = new HttpClient(base, 1);
  const pages: BenchPage[] = [];
  const notes: string[] = [];
  try {
    const candidates: BenchPage[] = [
      { name: 'event list', path: '/veranstaltungen' },
      { name: 'event page', path: `/veranstaltungen/${eventSlug}` },
      { name: 'start page', path: '/' },
    ];
    candidates.push({ name: 'knowledge guide', path: guidePath });
    for (const page of candidates) {
      const res = await client.get(page.path, { headers: BROWSER_HEADERS });
      if (res.status === 200) pages.push(page);
      else notes.push(`${page.name} skipped: ${page.path} answers ${res.status}`);
    }
  } finally {
    client.close();
  }
  return { pages, notes };
}

/** the bytes of each page as the app sends them, for the bare reference server */
async function capture(base: string, pages: BenchPage[]): Promise<CapturedPage[]> {
  const client = new HttpClient(base, 1);
  try {
    const captured: CapturedPage[] = [];
    for (const page of pages) {
      const res = await client.get(page.path, { headers: BROWSER_HEADERS });
      const encoding = res.headers['content-encoding'];
      captured.push({
        path: page.path,
        contentType: String(res.headers['content-type'] ?? 'text/html; charset=utf-8'),
        contentEncoding: typeof encoding === 'string' ? encoding : undefined,
        body: res.raw.toString('base64'),
      });
    }
    return captured;
  } finally {
    client.close();
  }
}

async function startBareServer(ctx: BenchContext, captured: CapturedPage[]): Promise<{ proc: ServerProcess; url: string }> {
  const file = path.join(ctx.tmpDir, 'bare-pages.json');
  fs.writeFileSync(file, JSON.stringify(captured));
  const port = await freePort();
  const proc = new ServerProcess({
    name: 'bare-fastify',
    args: ['--import', 'tsx', path.join(ROOT, 'bench/lib/bare-server.ts'), file, String(port)],
    env: { NODE_ENV: 'production' },
    logFile: path.join(ctx.tmpDir, 'bare-fastify.log'),
    healthUrl: `http://127.0.0.1:${port}/healthz`,
  });
  ctx.onCleanup(() => proc.stop());
  await proc.start();
  return { proc, url: `http://127.0.0.1:${port}` };
}

export async function pagesScenario(ctx: BenchContext): Promise<void> {
  const app = await ctx.mainApp();
  const { pages, notes } = await discoverPages(ctx, app.url);
  const clients = 50;
  const durationMs = ctx.options.quick ? 3000 : 8000;
  const bare = await startBareServer(ctx, await capture(app.url, pages));
  const results: Record<string, unknown>[] = [];
  const targets: Target[] = [];
  for (const page of pages) {
    progress(`pages: ${page.name} ${page.path}, ${clients} connections, ${durationMs} ms each for app and bare Fastify`);
    const measured = await loadGet(app.url, page.path, clients, durationMs, 1000, app.process.pid);
    const reference = await loadGet(bare.url, page.path, clients, durationMs, 1000, bare.proc.pid);
    const ratio = round(measured.rps / Math.max(1, reference.rps));
    const statements = await statementsPer(ctx, async (base) => {
      const one = new HttpClient(base, 1);
      for (let i = 0; i < 10; i++) await one.get(page.path, { headers: BROWSER_HEADERS });
      one.close();
      return 10;
    });
    results.push({
      page: page.name,
      path: page.path,
      rps: measured.rps,
      p50Ms: measured.latency.p50Ms,
      p99Ms: measured.latency.p99Ms,
      errors: measured.errors,
      appCpuMsPerRequest: measured.cpuMsPerRequest,
      appCpuPercent: measured.cpuPercent,
      bareRps: reference.rps,
      bareP99Ms: reference.latency.p99Ms,
      bareCpuPercent: reference.cpuPercent,
      ratio,
      sqlStatementsPerRequest: statements,
    });
    targets.push(target(`ratio ${page.name}`, ratio, '>=', 0.3), target(`p99Ms ${page.name}`, measured.latency.p99Ms, '<', 50));
  }
  await bare.proc.stop();
  const errors = results.reduce((n, r) => n + (r.errors as number), 0);
  printResult('pages', {
    connections: clients,
    secondsPerPage: durationMs / 1000,
    reference: 'bare Fastify process serving the same bytes from memory',
    pages: results,
    targets,
    failures: errors > 0 ? [`${errors} answers other than 200`] : [],
    notes,
  });
}
