import zlib from 'node:zlib';
import type { BenchContext } from '../lib/context.ts';
import { subresources } from '../lib/html.ts';
import { bodyText, HttpClient } from '../lib/load.ts';
import { BROWSER_HEADERS, round } from '../lib/measure.ts';
import { printResult, target, type Target } from '../lib/report.ts';
import { discoverPages } from './pages.ts';

/** what a first visit with an empty cache transfers: the page and every stylesheet and script */
interface Transfer {
  url: string;
  /** bytes of the body as sent, compressed or not */
  wire: number;
  encoding: string;
  /** what the body would be with gzip level 6 and brotli quality 4 (@fastify/compress's defaults) */
  gzip: number;
  brotli: number;
}

function estimate(body: Buffer): { gzip: number; brotli: number } {
  return {
    gzip: zlib.gzipSync(body, { level: 6 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length,
  };
}

async function fetchTransfer(client: HttpClient, url: string): Promise<{ transfer: Transfer; text: string }> {
  const res = await client.get(url, { headers: BROWSER_HEADERS });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const text = bodyText(res);
  const encoding = typeof res.headers['content-encoding'] === 'string' ? res.headers['content-encoding'] : 'identity';
  return { transfer: { url, wire: res.raw.length, encoding, ...estimate(Buffer.from(text, 'utf8')) }, text };
}

const kb = (bytes: number) => round(bytes / 1024, 1);

export async function sizeScenario(ctx: BenchContext): Promise<void> {
  const app = await ctx.mainApp();
  const { pages, notes } = await discoverPages(ctx, app.url);
  const client = new HttpClient(app.url, 1);
  const results: Record<string, unknown>[] = [];
  const targets: Target[] = [];
  let uncompressed = 0;
  try {
    for (const page of pages) {
      const html = await fetchTransfer(client, page.path);
      const { css, js } = subresources(html.text);
      const sameOrigin = [...css, ...js].filter((u) => u.startsWith('/') && !u.startsWith('//'));
      const parts = [html.transfer];
      for (const url of sameOrigin) parts.push((await fetchTransfer(client, url)).transfer);
      uncompressed += parts.filter((p) => p.encoding === 'identity').length;
      const total = parts.reduce((n, p) => n + p.wire, 0);
      results.push({
        page: page.name,
        path: page.path,
        totalKB: kb(total),
        parts: parts.map((p) => ({ url: p.url, KB: kb(p.wire), encoding: p.encoding })),
        ifGzipKB: kb(parts.reduce((n, p) => n + (p.encoding === 'identity' ? p.gzip : p.wire), 0)),
        ifBrotliKB: kb(parts.reduce((n, p) => n + (p.encoding === 'identity' ? p.brotli : p.wire), 0)),
      });
      targets.push(target(`KB ${page.name}`, kb(total), '<', 50));
    }
  } finally {
    client.close();
  }
  if (uncompressed > 0) {
    notes.push(
      `${uncompressed} responses came uncompressed although the request accepted gzip and br: the app does not compress yet; ifGzipKB/ifBrotliKB show what compression would transfer`,
    );
  }
  printResult('size', { acceptEncoding: BROWSER_HEADERS['accept-encoding'], pages: results, targets, notes });
}
