import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './load.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Peak resident memory of child processes, from Linux's /proc/<pid>/status. VmHWM is the
 * kernel's own high-water mark, so sampling only has to happen before the process ends;
 * we sample often anyway because a killed process takes its figure with it.
 */
export class RssSampler {
  readonly #peakKb = new Map<number, number>();
  #timer: NodeJS.Timeout | undefined;
  readonly #pids = new Set<number>();
  readonly supported = fs.existsSync('/proc/self/status');

  /** watches the process and, at every sample, the app processes it has forked */
  watch(pid: number): void {
    this.#pids.add(pid);
    this.sample();
    this.#timer ??= setInterval(() => this.sample(), 200).unref();
  }

  sample(): void {
    for (const pid of [...this.#pids]) for (const child of childPids(pid)) this.#pids.add(child);
    for (const pid of this.#pids) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
        if (kb > (this.#peakKb.get(pid) ?? 0)) this.#peakKb.set(pid, kb);
      } catch {
        this.#pids.delete(pid);
      }
    }
  }

  /** the highest peak of any watched process, in MB; null where /proc does not exist */
  peakMb(): number | null {
    if (!this.supported) return null;
    this.sample();
    return Math.round(Math.max(0, ...this.#peakKb.values()) / 1024);
  }

  /** each watched process's peak in MB, largest first (the primary of several app processes is one of them) */
  peaksMb(): number[] {
    this.sample();
    return [...this.#peakKb.values()].map((kb) => Math.round(kb / 1024)).sort((a, b) => b - a);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }
}

/** The processes a process has started (the app's primary forks one per core), from /proc. */
export function childPids(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * CPU time (user + system) a process and the processes it started have used so far, in
 * milliseconds, from /proc/<pid>/stat; undefined where /proc does not exist. Linux counts in
 * ticks of 1/100 s.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name in parentheses may contain spaces; fields count from after it
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = (Number(fields[11]) + Number(fields[12])) * 10;
    return childPids(pid).reduce((sum, child) => sum + (cpuMs(child) ?? 0), own);
  } catch {
    return undefined;
  }
}

export interface ChildOptions {
  name: string;
  args: string[];
  env: Record<string, string>;
  logFile: string;
  healthUrl: string;
  sampler?: RssSampler;
}

/** A server started as its own process, the way it runs in production. */
export class ServerProcess {
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #exitNote = '';

  constructor(readonly options: ChildOptions) {}

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const log = fs.openSync(this.options.logFile, 'a');
    const child = spawn(process.execPath, this.options.args, {
      cwd: ROOT,
      env: { ...process.env, ...this.options.env },
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    this.#child = child;
    this.#exitNote = '';
    this.#exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.#exitNote = `exited with ${signal ?? code}`;
        resolve();
      }),
    );
    if (child.pid) this.options.sampler?.watch(child.pid);
    await this.waitHealthy(timeoutMs);
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.options.name} ${this.#exitNote}; see ${this.options.logFile}`);
      try {
        const res = await fetch(this.options.healthUrl, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.options.name} not healthy after ${timeoutMs} ms; see ${this.options.logFile}`);
  }

  /** SIGKILL: the process gets no chance to finish anything, like a power cut */
  async kill(): Promise<void> {
    this.options.sampler?.sample();
    this.#child?.kill('SIGKILL');
    await this.#exited;
  }

  /** SIGTERM and wait for the graceful shutdown; SIGKILL after 15 s */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.options.sampler?.sample();
    this.#child?.kill('SIGTERM');
    const timer = setTimeout(() => this.#child?.kill('SIGKILL'), 15_000);
    await this.#exited;
    clearTimeout(timer);
  }
}
