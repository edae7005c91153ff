/** What the readiness probe says of this process's job worker. */
export type WorkerState = 'idle' | 'alive' | 'stalled' | 'stopped';

/**
 * The job worker's last signs of life. `idle`: this process never started a worker (the
 * command line, tests); `stopped`: it is shutting down; `stalled`: a round has run longer than
 * a job's lease, or no round has begun for longer than the pause between rounds allows
 * (a blocked event loop, a timer that never fired).
 */
export class JobHeartbeat {
  #started = false;
  #stopped = false;
  #lastRoundEnd = 0;
  #roundStart: number | undefined;

  constructor(
    private readonly pauseMs: number,
    private readonly leaseMs: number,
  ) {}

  started(now = Date.now()): void {
    this.#started = true;
    this.#stopped = false;
    this.#lastRoundEnd = now;
  }

  roundStarted(now = Date.now()): void {
    this.#roundStart = now;
  }

  roundEnded(now = Date.now()): void {
    this.#roundStart = undefined;
    this.#lastRoundEnd = now;
  }

  stopped(): void {
    this.#stopped = true;
  }

  state(now = Date.now()): WorkerState {
    if (!this.#started) return 'idle';
    if (this.#stopped) return 'stopped';
    // The next round is due one pause after the last; half a minute more is allowed for a busy machine.
    const late = this.#roundStart !== undefined ? now - this.#roundStart > this.leaseMs : now - this.#lastRoundEnd > this.pauseMs + 30_000;
    return late ? 'stalled' : 'alive';
  }
}
