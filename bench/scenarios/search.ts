import type { BenchContext } from '../lib/context.ts';
import { HttpClient } from '../lib/load.ts';
import { BROWSER_HEADERS } from '../lib/measure.ts';
import { printResult } from '../lib/report.ts';

/**
 * The knowledge search (10,000 generated German items, a mix of words, inflected forms,
 * phrases and typos) can only be measured once /suche exists. Until then the scenario says
 * so as a gap; it never reports a figure it did not measure.
 */
export async function searchScenario(ctx: BenchContext): Promise<void> {
  const app = await ctx.mainApp();
  const client = new HttpClient(app.url, 1);
  try {
    const res = await client.get('/suche?q=Digitalisierung', { headers: BROWSER_HEADERS });
    const gap =
      res.status === 404
        ? 'GAP: not measured – /suche answers 404, the knowledge search does not exist yet'
        : `GAP: /suche answers ${res.status}, but the search scenario (10,000 items, query mix, p95 < 20 ms) is not written yet`;
    printResult('search', { measured: false, notes: [gap] });
  } finally {
    client.close();
  }
}
