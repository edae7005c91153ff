import cluster from 'node:cluster';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue, type Registry } from 'prom-client';

/*
 * The figures of several app processes, added up by the primary. Prometheus reaches one process
 * at random; that process asks the primary (ASK), which collects every ready process's own
 * figures (COLLECT → OWN) and answers with their sum (ANSWER). A process that is still starting
 * or stuck is left out after COLLECT_MS rather than failing the whole scrape.
 */
const READY = 'digitale-kommune:metrics-ready';
const ASK = 'digitale-kommune:metrics?';
const ANSWER = 'digitale-kommune:metrics';
const COLLECT = 'digitale-kommune:metrics-collect';
const OWN = 'digitale-kommune:metrics-own';
const COLLECT_MS = 3_000;
// longer than the primary's collection, so that the primary always answers first
const WAIT_MS = COLLECT_MS + 2_000;

type Figures = MetricObjectWithValues<MetricValue<string>>[];
type Message =
  | { type: typeof READY }
  | { type: typeof ASK; id: number }
  | { type: typeof ANSWER; id: number; text?: string; error?: string }
  | { type: typeof COLLECT; id: number }
  | { type: typeof OWN; id: number; figures: Figures };

const TYPES = new Set<string>([READY, ASK, ANSWER, COLLECT, OWN]);
const isMessage = (message: unknown): message is Message => TYPES.has((message as { type?: unknown } | null)?.type as string);

/** In the primary of several app processes: answers the processes' requests for the sum of all figures. */
export function answerMetricsRequests(): void {
  const ready = new Set<number>();
  const collections = new Map<number, { figures: Figures[]; waiting: Set<number>; done: () => void }>();
  let lastId = 0;

  async function collect(): Promise<string> {
    const id = ++lastId;
    const workers = [...ready].flatMap((workerId) => {
      const worker = cluster.workers?.[workerId];
      return worker?.isConnected() ? [worker] : [];
    });
    const figures: Figures[] = [];
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, COLLECT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      collections.set(id, { figures, waiting: new Set(workers.map((w) => w.id)), done });
      if (workers.length === 0) done();
      for (const worker of workers) worker.send({ type: COLLECT, id } satisfies Message);
    });
    collections.delete(id);
    return AggregatorRegistry.aggregate(figures).metrics();
  }

  cluster.on('exit', (worker) => ready.delete(worker.id));
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === READY) ready.add(worker.id);
    if (message.type === OWN) {
      const collection = collections.get(message.id);
      if (!collection?.waiting.delete(worker.id)) return;
      collection.figures.push(message.figures);
      if (collection.waiting.size === 0) collection.done();
    }
    if (message.type === ASK) {
      collect().then(
        (text) => worker.send({ type: ANSWER, id: message.id, text } satisfies Message),
        (error: unknown) => worker.send({ type: ANSWER, id: message.id, error: String(error) } satisfies Message),
      );
    }
  });
}

/** In an app process under a primary: report these registries whenever the primary collects. */
export function offerToPrimary(registries: Registry[]): void {
  process.on('message', (message: unknown) => {
    if (!isMessage(message) || message.type !== COLLECT) return;
    Promise.all(registries.map((r) => r.getMetricsAsJSON())).then(
      (figures) => process.send?.({ type: OWN, id: message.id, figures: figures.flat() as Figures } satisfies Message),
      () => process.send?.({ type: OWN, id: message.id, figures: [] } satisfies Message),
    );
  });
  process.send?.({ type: READY } satisfies Message);
}

let lastAsk = 0;

/** In an app process under a primary: the figures of all app processes together. */
export function metricsOfAllProcesses(): Promise<string> {
  const id = ++lastAsk;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the primary process did not answer')), WAIT_MS);
    const listener = (message: unknown) => {
      if (!isMessage(message) || message.type !== ANSWER || message.id !== id) return;
      finish(message.error === undefined ? undefined : new Error(message.error), message.text);
    };
    function finish(error: Error | undefined, text = '') {
      clearTimeout(timer);
      process.off('message', listener);
      if (error) reject(error);
      else resolve(text);
    }
    process.on('message', listener);
    process.send?.({ type: ASK, id } satisfies Message);
  });
}
