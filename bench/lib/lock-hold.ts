import { round } from './histogram.ts';

/**
 * How long the confirmations held the date's lock, from the app's own histogram
 * (digitale_kommune_lock_held_seconds on /metrics, measured by the locking statement's clock).
 * The buckets are cumulative counts per upper bound; a quantile is the bound of the bucket it
 * falls into, so "p99 ≤ 3 ms" is exact to the bucket.
 */
export interface LockHeldCounts {
  /** cumulative count per upper bound in seconds (Infinity last) */
  buckets: Map<number, number>;
  sum: number;
  count: number;
}

const LINE = /^digitale_kommune_lock_held_seconds_(bucket|sum|count)\{([^}]*)\} (\S+)$/;

export async function readLockHeld(base: string, lock = 'event_date'): Promise<LockHeldCounts> {
  const response = await fetch(`${base}/metrics`);
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const counts: LockHeldCounts = { buckets: new Map(), sum: 0, count: 0 };
  for (const line of (await response.text()).split('\n')) {
    const match = LINE.exec(line);
    if (!match || !match[2]!.includes(`lock="${lock}"`)) continue;
    const value = Number(match[3]);
    if (match[1] === 'sum') counts.sum = value;
    else if (match[1] === 'count') counts.count = value;
    else {
      const le = /le="([^"]+)"/.exec(match[2]!)?.[1] ?? '+Inf';
      counts.buckets.set(le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), value);
    }
  }
  return counts;
}

export interface LockHeldSummary {
  confirmations: number;
  meanMs: number;
  /** upper bound of the bucket that holds the median, in ms */
  p50AtMostMs: number;
  p99AtMostMs: number;
}

/** The confirmations between two readings. */
export function lockHeldBetween(before: LockHeldCounts, after: LockHeldCounts): LockHeldSummary {
  const count = after.count - before.count;
  const bounds = [...after.buckets.keys()].sort((a, b) => a - b);
  const quantile = (q: number) => {
    for (const bound of bounds) {
      if ((after.buckets.get(bound) ?? 0) - (before.buckets.get(bound) ?? 0) >= q * count) return bound * 1000;
    }
    return Number.POSITIVE_INFINITY;
  };
  return {
    confirmations: count,
    meanMs: count > 0 ? round(((after.sum - before.sum) / count) * 1000, 2) : 0,
    p50AtMostMs: quantile(0.5),
    p99AtMostMs: quantile(0.99),
  };
}
