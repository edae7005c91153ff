import type { BenchContext } from '../lib/context.ts';
import { round } from '../lib/histogram.ts';
import { HttpClient, runClients, sleep } from '../lib/load.ts';
import { BROWSER_HEADERS } from '../lib/measure.ts';
import { printResult, progress } from '../lib/report.ts';
import { TcpProxy } from '../../src/platform/testing/tcp-proxy.ts';
import { discoverPages } from './pages.ts';

interface Answer {
  /** ms since the load started, when the request was sent */
  at: number;
  ms: number;
  status: number;
  path: string;
}

// A request that takes longer than this while the database is away counts as hanging.
const QUICK_ANSWER_MS = 5000;

/**
 * PostgreSQL disappears for a few seconds under load: a TCP proxy between the app and the
 * server is cut (open connections drop, new ones are refused) and restored. Requests must
 * answer 503 quickly instead of hanging, /healthz must say so, and the same process must
 * serve again afterwards.
 */
export async function databaseOutageScenario(ctx: BenchContext): Promise<void> {
  const target = new URL(ctx.db.url);
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.start();
  ctx.onCleanup(() => proxy.close());
  const proxied = new URL(ctx.db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const app = await ctx.startApp('app-db-outage', { DATABASE_URL: proxied.toString() });
  const pid = app.process.pid;
  const { pages, notes } = await discoverPages(ctx, app.url);
  const paths = pages.map((p) => p.path);

  const before = 3000;
  const outage = ctx.options.quick ? 4000 : 6000;
  const after = 6000;
  const clients = 16;
  const client = new HttpClient(app.url, clients);
  const answers: Answer[] = [];
  const health: Answer[] = [];
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  let cutAt = Number.POSITIVE_INFINITY;
  let restoredAt = Number.POSITIVE_INFINITY;

  const load = runClients({ clients, durationMs: before + outage + after }, async (index) => {
    const path = paths[index % paths.length]!;
    const at = now();
    try {
      const res = await client.get(path, { headers: BROWSER_HEADERS, timeoutMs: 30_000 });
      answers.push({ at, ms: res.ms, status: res.status, path });
    } catch {
      answers.push({ at, ms: now() - at, status: 0, path });
    }
  });
  const probe = (async () => {
    while (now() < before + outage + after) {
      const at = now();
      try {
        const res = await client.get('/healthz', { timeoutMs: 30_000 });
        health.push({ at, ms: res.ms, status: res.status, path: '/healthz' });
      } catch {
        health.push({ at, ms: now() - at, status: 0, path: '/healthz' });
      }
      await sleep(200);
    }
  })();
  await sleep(before);
  progress(`database-outage: cutting the connection to PostgreSQL for ${outage} ms under ${clients} clients`);
  cutAt = now();
  await proxy.cut();
  await sleep(outage);
  await proxy.restore();
  restoredAt = now();
  progress('database-outage: connection restored');
  await Promise.all([load, probe]);
  client.close();

  const during = answers.filter((a) => a.at >= cutAt && a.at < restoredAt);
  const statusCounts = (list: Answer[]) => {
    const counts: Record<string, number> = {};
    for (const a of list) counts[a.status] = (counts[a.status] ?? 0) + 1;
    return counts;
  };
  const slowest = Math.max(0, ...during.map((a) => a.ms));
  const healthDuring = health.filter((a) => a.at >= cutAt && a.at < restoredAt);
  const firstOkAfter = answers.filter((a) => a.at >= restoredAt && a.status === 200).sort((a, b) => a.at - b.at)[0];
  const settled = answers.filter((a) => a.at >= restoredAt + 3000);
  const settledErrors = settled.filter((a) => a.status !== 200).length;
  const healthOkAfter = health.some((a) => a.at >= restoredAt && a.status === 200);
  const serverErrors = during.filter((a) => a.status >= 500 && a.status !== 503).length;

  const failures: string[] = [];
  if (slowest > QUICK_ANSWER_MS) failures.push(`a request took ${Math.round(slowest)} ms during the outage (limit ${QUICK_ANSWER_MS} ms)`);
  if (during.some((a) => a.status === 0)) failures.push(`${during.filter((a) => a.status === 0).length} requests got no HTTP answer during the outage`);
  if (serverErrors > 0) failures.push(`${serverErrors} answers were 5xx other than 503 during the outage`);
  if (!healthDuring.some((a) => a.status === 503)) failures.push('/healthz never answered 503 during the outage');
  if (!healthOkAfter) failures.push('/healthz did not answer 200 again after the outage');
  if (settledErrors > 0) failures.push(`${settledErrors} requests failed more than 3 s after the database was back`);
  if (!firstOkAfter) failures.push('no page was served after the database was back');
  if (app.process.pid !== pid || !app.process.running) failures.push('the app process did not survive the outage');

  printResult('database-outage', {
    clients,
    pages: paths,
    outageMs: Math.round(restoredAt - cutAt),
    requestsDuringOutage: during.length,
    statusesDuringOutage: statusCounts(during),
    slowestAnswerDuringOutageMs: round(slowest),
    healthzDuringOutage: statusCounts(healthDuring),
    firstPageServedAfterRestoreMs: firstOkAfter ? round(firstOkAfter.at - restoredAt) : null,
    statusesFrom3sAfterRestore: statusCounts(settled),
    sameProcessAfterwards: app.process.pid === pid && app.process.running,
    failures,
    notes,
  });
  await app.process.stop();
  await proxy.close();
}
