/**
 * A latency histogram with logarithmic buckets (1 % wide), so that memory stays constant
 * however many requests a scenario makes, and every percentile is within 1 % of the truth.
 */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
// Bucket 0 holds everything up to 1 µs; the top bucket everything beyond ~10 minutes.
const MIN_US = 1;
const BUCKETS = Math.ceil(Math.log(600_000_000 / MIN_US) / LOG_GROWTH) + 1;

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export class Histogram {
  readonly #counts = new Uint32Array(BUCKETS);
  #count = 0;
  #sumUs = 0;
  #maxUs = 0;

  /** records one duration in milliseconds */
  record(ms: number): void {
    const us = Math.max(MIN_US, ms * 1000);
    const index = Math.min(BUCKETS - 1, Math.ceil(Math.log(us / MIN_US) / LOG_GROWTH));
    this.#counts[index]!++;
    this.#count++;
    this.#sumUs += us;
    if (us > this.#maxUs) this.#maxUs = us;
  }

  get count(): number {
    return this.#count;
  }

  /** the upper edge of the bucket holding the q-th quantile, in milliseconds */
  quantile(q: number): number {
    if (this.#count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.#count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.#counts[i]!;
      if (seen >= rank) return Math.min(this.#maxUs, MIN_US * GROWTH ** i) / 1000;
    }
    return this.#maxUs / 1000;
  }

  summary(): LatencySummary {
    return {
      count: this.#count,
      p50Ms: round(this.quantile(0.5)),
      p95Ms: round(this.quantile(0.95)),
      p99Ms: round(this.quantile(0.99)),
      maxMs: round(this.#maxUs / 1000),
      meanMs: round(this.#count ? this.#sumUs / this.#count / 1000 : 0),
    };
  }
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
