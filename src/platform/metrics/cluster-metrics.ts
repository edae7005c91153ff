import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const ASK = 'digitale-kommune:metrics?';
const ANSWER = 'digitale-kommune:metrics';
// prom-client gives up on the processes after 5 s; the asking process waits a little longer.
const WAIT_MS = 6_000;

interface Ask {
  type: typeof ASK;
  id: number;
}
interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

const isAsk = (message: unknown): message is Ask => (message as Ask | null)?.type === ASK;
const isAnswer = (message: unknown): message is Answer => (message as Answer | null)?.type === ANSWER;

/**
 * In the primary of several app processes: Prometheus reaches one process at random, so that
 * process asks the primary, which collects and adds up the figures of all of them.
 */
export function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isAsk(message)) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text } satisfies Answer),
      (error: unknown) => worker.send({ type: ANSWER, id: message.id, error: String(error) } satisfies Answer),
    );
  });
}

/** In an app process under a primary: report these registries when the primary collects. */
export function offerToPrimary(registries: Registry[]): void {
  AggregatorRegistry.setRegistries(registries);
  // Constructing one makes prom-client answer the primary's collection requests in this process.
  new AggregatorRegistry();
}

let lastId = 0;

/** In an app process under a primary: the figures of all app processes together. */
export function metricsOfAllProcesses(): Promise<string> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the primary process did not answer')), WAIT_MS);
    const listener = (message: unknown) => {
      if (!isAnswer(message) || message.id !== id) return;
      finish(message.error === undefined ? undefined : new Error(message.error), message.text);
    };
    function finish(error: Error | undefined, text = '') {
      clearTimeout(timer);
      process.off('message', listener);
      if (error) reject(error);
      else resolve(text);
    }
    process.on('message', listener);
    process.send?.({ type: ASK, id } satisfies Ask);
  });
}
