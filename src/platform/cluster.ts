import cluster, { type Worker } from 'node:cluster';
import { answerMetricsRequests } from './metrics/cluster-metrics.ts';

// A process that dies sooner than this after its start is restarted only after a pause,
// so that a broken configuration does not fork in a tight loop.
const QUICK_EXIT_MS = 5_000;
const RESTART_PAUSE_MS = 2_000;

const log = (message: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, msg: message })}\n`);

/**
 * The primary of several app processes: it serves nothing itself, starts `count` processes that
 * share the port (the kernel spreads connections), starts a new one when one dies, and on
 * SIGTERM/SIGINT passes the signal on and exits when all have finished their requests.
 */
export function runPrimary(count: number): void {
  let stopping = false;
  const started = new Map<number, number>();

  const fork = (index: number) => {
    const worker = cluster.fork({ APP_PROCESS_INDEX: String(index) });
    started.set(worker.id, Date.now());
    worker.on('exit', (code, signal) => onExit(worker, index, code, signal));
  };

  const onExit = (worker: Worker, index: number, code: number | null, signal: string | null) => {
    const ranMs = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (started.size === 0) process.exit(0);
      return;
    }
    log(`app process ${worker.process.pid} ended (${signal ?? code}); starting a new one`);
    setTimeout(() => fork(index), ranMs < QUICK_EXIT_MS ? RESTART_PAUSE_MS : 0);
  };

  answerMetricsRequests();
  for (let i = 0; i < count; i++) fork(i);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received, stopping ${started.size} app processes`);
      if (started.size === 0) process.exit(0);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    });
  }
}
