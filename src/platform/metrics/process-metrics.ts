import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

/**
 * The Node.js figures of this process (CPU, memory, event-loop lag, garbage collection). Made
 * once per process: each collection starts an event-loop monitor that is never stopped, and
 * several apps in one process (the tests) share the same process.
 */
export function processRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  }
  return registry;
}
