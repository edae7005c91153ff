import { diffLines } from '../../src/features/versions/diff.ts';
import { round } from '../lib/measure.ts';
import { printResult, target, type Target } from '../lib/report.ts';

const guide = (lines: number, label: string) => Array.from({ length: lines }, (_, i) => `${label} ${i + 1}: Die Verwaltung prüft den Antrag.`);

/** Time and heap growth of one comparison; the heap is not collected in between, so growth is an upper bound. */
function measure(older: string[], newer: string[]): { ms: number; heapMB: number; lines: number } {
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const lines = diffLines(older.join('\n'), newer.join('\n')).length;
  const ms = performance.now() - started;
  return { ms: round(ms, 1), heapMB: round((process.memoryUsage().heapUsed - before) / 1e6, 1), lines };
}

/**
 * The versions page of a knowledge item compares two versions in the request. Two versions of
 * 5,000 lines each: a few edits, every third line changed, nothing in common. Runs in the
 * bench process, without the app.
 */
export async function knowledgeDiffScenario(): Promise<void> {
  const older = guide(5000, 'Zeile');
  const few = [...older];
  few[1200] = `${few[1200]} (geändert)`;
  few.splice(3000, 0, 'Neu: ein Absatz über Fristen.');
  const cases = {
    fewEdits: measure(older, few),
    everyThirdLine: measure(
      older,
      older.map((l, i) => (i % 3 === 0 ? `${l} (geändert)` : l)),
    ),
    nothingInCommon: measure(older, guide(5000, 'Anders')),
  };
  const targets: Target[] = Object.entries(cases).flatMap(([name, c]) => [target(`ms ${name}`, c.ms, '<', 1000), target(`heap MB ${name}`, c.heapMB, '<', 50)]);
  printResult('knowledge-diff', { ...cases, targets });
}
