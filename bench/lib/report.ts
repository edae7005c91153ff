import os from 'node:os';

/**
 * Output of the benchmark: one JSON line per scenario on stdout (for machines and for
 * docs/benchmarks.md), progress on stderr, and a readable table at the end.
 */
export interface Target {
  /** what is compared, e.g. "p99Ms /veranstaltungen" */
  name: string;
  value: number;
  /** e.g. "< 50" or ">= 0.3" */
  target: string;
  met: boolean;
}

export interface Metrics {
  targets?: Target[];
  /** correctness counters that are off: the scenario failed, whatever its speed */
  failures?: string[];
  notes?: string[];
  [key: string]: unknown;
}

const results: { name: string; metrics: Metrics }[] = [];

export function printResult(name: string, metrics: Metrics): void {
  results.push({ name, metrics });
  // The machine's 1-minute load when the scenario ended: figures taken while other work
  // ran on the same two cores are not comparable with quiet runs, and this says which is which.
  const load1m = Math.round(os.loadavg()[0]! * 100) / 100;
  process.stdout.write(`${JSON.stringify({ scenario: name, ...metrics, load1m })}\n`);
}

export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function target(name: string, value: number, comparison: '<' | '>=' | '=', limit: number): Target {
  const met = comparison === '<' ? value < limit : comparison === '>=' ? value >= limit : value === limit;
  return { name, value, target: `${comparison} ${limit}`, met };
}

/** true when any scenario reported a failed correctness counter */
export function anyFailure(): boolean {
  return results.some((r) => (r.metrics.failures ?? []).length > 0);
}

export function printSummary(header: string): void {
  const rows: string[][] = [['scenario', 'figure', 'value', 'target', '']];
  for (const { name, metrics } of results) {
    for (const t of metrics.targets ?? []) rows.push([name, t.name, String(t.value), t.target, t.met ? 'ok' : 'MISSED']);
    for (const f of metrics.failures ?? []) rows.push([name, f, '', '', 'FAILED']);
    if (!metrics.targets?.length && !metrics.failures?.length)
      rows.push([name, metrics.failures ? 'correctness counters' : '(not measured)', '', '', metrics.failures ? 'ok' : '']);
    for (const n of metrics.notes ?? []) rows.push([name, `note: ${n}`, '', '', '']);
  }
  const widths = rows[0]!.map((_, col) => Math.min(70, Math.max(...rows.map((r) => r[col]!.length))));
  const line = (r: string[]) =>
    r.map((cell, col) => (cell.length > widths[col]! ? `${cell.slice(0, widths[col]! - 1)}…` : cell.padEnd(widths[col]!))).join('  ');
  process.stdout.write(`\n${header}\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows.slice(1)) process.stdout.write(`${line(r)}\n`);
}
