import { Histogram, round, type LatencySummary } from './histogram.ts';
import { cpuMs } from './app-process.ts';
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
  /** CPU of the server process per request, and its load (100 % = one core); null without /proc */
  cpuMsPerRequest: number | null;
  cpuPercent: number | null;
}

/**
 * N clients GET one path for a while, each on its own keep-alive connection. A warm-up
 * first, unmeasured, so that JIT compilation and the connection pool are not in the figure.
 */
export async function loadGet(base: string, path: string, clients: number, durationMs: number, warmupMs = 1000, pid?: number): Promise<GetLoadResult> {
  const client = new HttpClient(base, clients);
  try {
    const one = async (histogram?: Histogram) => {
      const res = await client.get(path, { headers: BROWSER_HEADERS });
      histogram?.record(res.ms);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    };
    await runClients({ clients, durationMs: warmupMs }, () => one());
    const histogram = new Histogram();
    const cpuBefore = cpuMs(pid);
    const outcome = await runClients({ clients, durationMs }, () => one(histogram));
    const cpuAfter = cpuMs(pid);
    const requests = outcome.completed + outcome.failed;
    return {
      cpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined ? round((cpuAfter - cpuBefore) / Math.max(1, requests), 2) : null,
      cpuPercent: cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(((cpuAfter - cpuBefore) / outcome.elapsedMs) * 100) : null,
      requests,
      rps: Math.round(requests / (outcome.elapsedMs / 1000)),
      latency: histogram.summary(),
      errors: outcome.failed,
    };
  } finally {
    client.close();
  }
}

export { round };
