import { Histogram, round, type LatencySummary } from './histogram.ts';
import { HttpClient, runClients } from './load.ts';

export const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
};

export interface GetLoadResult {
  requests: number;
  rps: number;
  latency: LatencySummary;
  /** answers other than 200 and network errors */
  errors: number;
}

/**
 * N clients GET one path for a while, each on its own keep-alive connection. A warm-up
 * first, unmeasured, so that JIT compilation and the connection pool are not in the figure.
 */
export async function loadGet(base: string, path: string, clients: number, durationMs: number, warmupMs = 1000): Promise<GetLoadResult> {
  const client = new HttpClient(base, clients);
  try {
    const one = async (histogram?: Histogram) => {
      const res = await client.get(path, { headers: BROWSER_HEADERS });
      histogram?.record(res.ms);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    };
    await runClients({ clients, durationMs: warmupMs }, () => one());
    const histogram = new Histogram();
    const outcome = await runClients({ clients, durationMs }, () => one(histogram));
    return {
      requests: outcome.completed + outcome.failed,
      rps: Math.round((outcome.completed + outcome.failed) / (outcome.elapsedMs / 1000)),
      latency: histogram.summary(),
      errors: outcome.failed,
    };
  } finally {
    client.close();
  }
}

export { round };
