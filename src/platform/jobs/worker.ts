import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client.ts';
import { isDatabaseUnavailable } from '../http/errors.ts';
import { redactEmailAddresses } from '../text/email-addresses.ts';
import { JobHeartbeat } from './heartbeat.ts';
import { claimDueJobs, completeJob, failJob, type ClaimedJob } from './repository.ts';

export type JobHandler = (payload: unknown, job: ClaimedJob) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export const LEASE_SECONDS = 120;
const MAINTENANCE_EVERY_MS = 5 * 60 * 1000;
const BATCH = 20;

/** Exponential backoff: 10 s, 20 s, 40 s … capped at one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempt - 1));
}

/** Runs every due job once; returns how many were handled. Tests call this directly. */
export async function runDueJobs(db: Database, handlers: JobHandlers, log?: FastifyBaseLogger): Promise<number> {
  let handled = 0;
  for (;;) {
    const batch = await claimDueJobs(db, BATCH, LEASE_SECONDS);
    if (batch.length === 0) return handled;
    for (const job of batch) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job.payload, job);
        await completeJob(db, job.id);
      } catch (error) {
        // SMTP errors name the rejected recipient; logs and the job row are kept longer and read by more people.
        const message = redactEmailAddresses(error instanceof Error ? error.message : String(error));
        log?.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, reqId: job.requestId ?? undefined, err: message }, 'job failed, will retry');
        await failJob(db, job, message, retryDelaySeconds(job.attempts));
      }
      handled++;
    }
  }
}

/** Polls for due jobs until stopped; a database outage only pauses it. */
export class JobWorker {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = false;
  #lastMaintenance = 0;

  constructor(
    private readonly db: Database,
    private readonly handlers: JobHandlers,
    private readonly pollMs: number,
    private readonly log: FastifyBaseLogger,
    /** periodic work of the platform and the features, see Feature.sweep */
    private readonly sweep: (now: Date) => Promise<void>,
    /** what the readiness probe reads */
    readonly heartbeat: JobHeartbeat = new JobHeartbeat(pollMs, LEASE_SECONDS * 1000),
  ) {}

  start(): void {
    this.#stopped = false;
    this.heartbeat.started();
    this.#schedule(0);
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.heartbeat.roundStarted();
      this.#running = runDueJobs(this.db, this.handlers, this.log)
        .then(() => this.#maintain())
        .catch((error: unknown) => {
          if (!isDatabaseUnavailable(error)) this.log.error({ err: error }, 'job worker error');
        })
        .finally(() => {
          this.heartbeat.roundEnded();
          this.#schedule(this.pollMs);
        });
    }, delay);
    this.#timer.unref();
  }

  async #maintain(): Promise<void> {
    if (Date.now() - this.#lastMaintenance < MAINTENANCE_EVERY_MS) return;
    this.#lastMaintenance = Date.now();
    await this.sweep(new Date());
  }

  /** Waits for the batch in progress, so that no job is left half done at shutdown. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.heartbeat.stopped();
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }
}
