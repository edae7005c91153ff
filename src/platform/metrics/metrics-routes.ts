import cluster from 'node:cluster';
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { Config } from '../config.ts';
import type { AppMetrics } from './app-metrics.ts';
import { metricsOfAllProcesses, offerToPrimary } from './cluster-metrics.ts';
import { metricsAccess } from './metrics-access.ts';

export const METRICS_PATH = '/metrics';

// A 404 of a made-up address must not become a label value of its own.
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Counts every answer by its route pattern (never the address itself, which would make a series
 * per event and per token) and serves /metrics in the Prometheus text format to those
 * METRICS_ALLOW or METRICS_TOKEN let in. Under a primary, the answer covers all app processes.
 */
export function registerMetrics(app: FastifyInstance, settings: Config['metrics'], metrics: AppMetrics): void {
  const access = metricsAccess(settings);
  const underPrimary = cluster.isWorker;
  if (underPrimary) offerToPrimary(metrics.registries());

  app.addHook('onResponse', async (request, reply) => {
    metrics.requestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get(METRICS_PATH, async (request, reply) => {
    reply.header('cache-control', 'no-store').type('text/plain; charset=utf-8');
    const verdict = access(request.ip, request.headers.authorization);
    if (verdict === 'off') return reply.status(404).send('Not found: set METRICS_ALLOW or METRICS_TOKEN to open /metrics.\n');
    if (verdict === 'denied') return reply.status(403).header('www-authenticate', 'Bearer').send('Forbidden.\n');
    try {
      const text = underPrimary ? await metricsOfAllProcesses() : await metrics.text();
      return reply.type(Registry.PROMETHEUS_CONTENT_TYPE).send(text);
    } catch (error) {
      request.log.error({ err: error }, 'metrics could not be collected');
      return reply.status(503).send('Metrics are unavailable at the moment.\n');
    }
  });
}
