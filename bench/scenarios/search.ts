import { openDatabase } from '../../src/platform/db/client.ts';
import { searchDocuments } from '../../src/platform/search/index.ts';
import type { BenchContext } from '../lib/context.ts';
import { Histogram, round } from '../lib/histogram.ts';
import { bodyText, HttpClient, runClients } from '../lib/load.ts';
import { BROWSER_HEADERS } from '../lib/measure.ts';
import { printResult, progress, target } from '../lib/report.ts';
import { seedSearchItems } from '../lib/seed.ts';

/** the query mix: what people type, by kind; every query should find something */
const QUERIES: Record<string, string[]> = {
  word: ['Breitband', 'Glasfaser', 'Wärmeplanung', 'Datenschutz', 'Ehrenamt', 'Kita'],
  inflected: ['Gemeinden', 'digitalen', 'Anträge', 'Schulen', 'Förderprogramme', 'Rathäuser'],
  phrase: ['"offene Daten"', '"digitale Verwaltung"', 'Breitband in Husum', 'smarte Straßenbeleuchtung planen'],
  typo: ['Digitalisirung', 'Brietband', 'Wärmeplanug', 'Datenschuz', 'Glassfaser', 'Strasenbeleuchtung'],
};
const MIX = Object.entries(QUERIES).flatMap(([kind, list]) => list.map((q) => ({ kind, q })));

/**
 * Each search comes from another visitor, as the reverse proxy (the load generator, trusted on
 * loopback) reports it; from one address the search's limit per client would answer 429.
 */
let visitors = 0;
function asVisitor(headers: Record<string, string>): Record<string, string> {
  visitors++;
  return { ...headers, 'x-forwarded-for': `10.20.${(visitors >> 8) & 255}.${visitors & 255}` };
}

/**
 * /suche over 10,000 generated German items in the search index: single words, inflected
 * forms, phrases and typos, 8 clients — as anonymous visitors get it (a query asked again
 * within seconds comes from the page cache) and with every search computed. Reference: the same searches through the platform's
 * search function in this process (same SQL, no HTTP, no page), with the same clients.
 */
export async function searchScenario(ctx: BenchContext): Promise<void> {
  const app = await ctx.mainApp();
  const probe = new HttpClient(app.url, 1);
  const exists = (await probe.get('/suche?q=Test', { headers: BROWSER_HEADERS })).status === 200;
  if (!exists) {
    probe.close();
    printResult('search', { measured: false, notes: ['GAP: not measured – /suche does not answer 200'] });
    return;
  }
  const items = 10_000;
  const t0 = performance.now();
  await seedSearchItems(ctx.db.handle.db, items, ctx.runId);
  progress(`search: ${items} items indexed in ${Math.round(performance.now() - t0)} ms`);

  // Does every kind of query find the generated items? (results link to /wissen/bench-…)
  const zeroHits: string[] = [];
  for (const { q } of MIX) {
    const html = bodyText(await probe.get(`/suche?q=${encodeURIComponent(q)}`, { headers: BROWSER_HEADERS }));
    if (!html.includes(`/wissen/bench-${ctx.runId}-`)) zeroHits.push(q);
  }
  probe.close();

  const clients = 8;
  const durationMs = ctx.options.quick ? 3000 : 8000;
  const byKind = new Map(Object.keys(QUERIES).map((k) => [k, new Histogram()]));
  const all = new Histogram();
  const client = new HttpClient(app.url, clients);
  let errors = 0;
  const run = (histogram: Histogram | undefined) =>
    runClients({ clients, durationMs: histogram ? durationMs : 1000 }, async (i) => {
      const { kind, q } = MIX[i % MIX.length]!;
      const res = await client.get(`/suche?q=${encodeURIComponent(q)}`, { headers: asVisitor(BROWSER_HEADERS) });
      if (res.status !== 200) errors++;
      histogram?.record(res.ms);
      if (histogram) byKind.get(kind)!.record(res.ms);
    });
  await run(undefined);
  const outcome = await run(all);

  // The same mix with a session cookie (an unknown one: the visitor stays anonymous), which the
  // page cache never serves: every search is computed, as for queries nobody asked a moment ago.
  const computed = new Histogram();
  const fresh = { ...BROWSER_HEADERS, cookie: 'dk_session=bench-uncached' };
  await runClients({ clients, durationMs }, async (i) => {
    const res = await client.get(`/suche?q=${encodeURIComponent(MIX[i % MIX.length]!.q)}`, { headers: asVisitor(fresh) });
    if (res.status !== 200) errors++;
    computed.record(res.ms);
  });
  client.close();

  // the app's default pool size (DATABASE_POOL_SIZE)
  const handle = await openDatabase({ databaseUrl: ctx.db.url, poolSize: 10 });
  const direct = new Histogram();
  await runClients({ clients, durationMs }, async (i) => {
    const started = performance.now();
    await searchDocuments(handle.db, { query: MIX[i % MIX.length]!.q, page: 1, pageSize: 10 });
    direct.record(performance.now() - started);
  });
  await handle.close();

  const s = all.summary();
  printResult('search', {
    items,
    clients,
    queries: MIX.length,
    rps: Math.round(outcome.completed / (outcome.elapsedMs / 1000)),
    p50Ms: s.p50Ms,
    p95Ms: s.p95Ms,
    p99Ms: s.p99Ms,
    computedP50Ms: computed.summary().p50Ms,
    computedP95Ms: computed.summary().p95Ms,
    computedP99Ms: computed.summary().p99Ms,
    byKind: Object.fromEntries([...byKind].map(([k, h]) => [k, { p50Ms: h.summary().p50Ms, p95Ms: h.summary().p95Ms }])),
    errors,
    queriesWithoutHits: zeroHits,
    reference: 'searchDocuments() in the bench process, same SQL and clients, no HTTP and no page',
    referenceP50Ms: direct.summary().p50Ms,
    referenceP95Ms: direct.summary().p95Ms,
    ratioP95: round(direct.summary().p95Ms / Math.max(0.01, s.p95Ms)),
    targets: [target('p95Ms', s.p95Ms, '<', 20), target('p95Ms every search computed', computed.summary().p95Ms, '<', 20)],
    failures: errors ? [`${errors} answers other than 200`] : [],
    notes: zeroHits.length ? [`no hits for: ${zeroHits.join(', ')}`] : [],
  });
}
