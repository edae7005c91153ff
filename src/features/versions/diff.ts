import { diffArrays } from 'diff';

/** One line of a comparison: kept in both, only in the newer ('added') or only in the older ('removed'). */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Beyond this many changed lines two versions are no longer worth comparing line by line, and
 * the search for their differences would take time and memory that grow with the square of it.
 */
const MAX_CHANGED_LINES = 2000;
/** And however few lines changed, a comparison may take at most this long. */
const TIMEOUT_MS = 500;

/**
 * A line diff (Myers' algorithm, by jsdiff). Bounded: when the versions differ in more than
 * MAX_CHANGED_LINES lines, or the comparison would take longer than TIMEOUT_MS, the older text
 * is shown as removed and the newer as added.
 */
export function diffLines(older: string, newer: string): DiffLine[] {
  const a = older.split('\n');
  const b = newer.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: MAX_CHANGED_LINES, timeout: TIMEOUT_MS });
  if (!changes) return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  return changes.flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value.map((text) => ({ kind, text }));
  });
}
