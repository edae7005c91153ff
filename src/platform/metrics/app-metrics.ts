import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GaugeDefinition } from './gauge.ts';
import { processRegistry } from './process-metrics.ts';

/** Every metric of the platform starts with this, so that it is found among others in Prometheus. */
export const METRIC_PREFIX = 'digitale_kommune_';

// Around the 150 ms a page or a confirmation should take, and out to the 30-second request timeout.
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10, 30];

// Every confirmation of a popular date waits in line for the date's lock: it must be held for
// a few milliseconds at most (issue 19), so the buckets are fine below 10 ms.
const LOCK_BUCKETS = [0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.025, 0.1, 1];

/**
 * The figures of one app: what the platform measures as it works (requests, mails) and the
 * gauges read when Prometheus asks (jobs, pool, the features' own). Each app has a registry of
 * its own, so that several apps in one process (the tests) never count into each other.
 */
export class AppMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'Time from the request to the last byte of the answer, by route pattern, method and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly lockHeld = new Histogram({
    name: `${METRIC_PREFIX}lock_held_seconds`,
    help: "How long a row lock that others queue for was held, from the locking statement's own clock, by what was locked",
    labelNames: ['lock'] as const,
    buckets: LOCK_BUCKETS,
    registers: [this.registry],
  });

  readonly mails = new Counter({
    name: `${METRIC_PREFIX}mails_total`,
    help: 'E-mails handed to the mail server ("sent") and tries the mail server refused ("failed"; the job tries again later)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Both outcomes from the start, so that a rate over "failed" exists before the first failure.
    this.mails.inc({ outcome: 'sent' }, 0);
    this.mails.inc({ outcome: 'failed' }, 0);
  }

  addGauge(definition: GaugeDefinition): void {
    new Gauge({
      name: `${METRIC_PREFIX}${definition.name}`,
      help: definition.help,
      labelNames: definition.labelNames,
      registers: [this.registry],
      // A figure from the database is the same in every process: one of them is enough.
      aggregator: definition.scope === 'process' ? 'sum' : 'first',
      async collect() {
        const samples = await definition.read();
        this.reset();
        for (const sample of samples) this.set(sample.labels, sample.value);
      },
    });
  }

  /** What this process reports: its own figures and the Node.js figures of the process. */
  registries(): Registry[] {
    return [processRegistry(), this.registry];
  }

  /** The Prometheus text of this process alone. */
  async text(): Promise<string> {
    return Registry.merge(this.registries()).metrics();
  }
}
