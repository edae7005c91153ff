import type { BenchContext, RunningApp } from './context.ts';
import { TcpProxy } from '../../src/platform/testing/tcp-proxy.ts';

/**
 * How many SQL statements a page or a flow costs: a second app process whose database
 * connection runs through a counting proxy. Only for this diagnosis — the timed runs talk
 * to PostgreSQL directly, so the proxy's relaying costs them nothing.
 */
let counting: Promise<{ app: RunningApp; proxy: TcpProxy }> | undefined;

function start(ctx: BenchContext): Promise<{ app: RunningApp; proxy: TcpProxy }> {
  counting ??= (async () => {
    const target = new URL(ctx.db.url);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    ctx.onCleanup(() => proxy.close());
    const proxied = new URL(ctx.db.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    // The worker's polling would add statements of its own; once a minute it stays out of the count.
    const app = await ctx.startApp('app-statements', { DATABASE_URL: proxied.toString(), JOB_POLL_MS: '60000' });
    return { app, proxy };
  })();
  return counting;
}

/** statements per unit of `work` (which returns how many units it did, one after the other) */
export async function statementsPer(ctx: BenchContext, work: (base: string) => Promise<number>): Promise<number> {
  const { app, proxy } = await start(ctx);
  await work(app.url); // warm: the settings cache, prepared lookups
  const before = proxy.statements;
  const units = await work(app.url);
  return Math.round(((proxy.statements - before) / Math.max(1, units)) * 10) / 10;
}
