import type { MeasureEntry } from '../core/content-service.ts';

/** One stretch of the public page's timeline: a half-year, or the measures that have no timeframe yet. */
export interface TimelinePeriod {
  /** undefined for the measures without a timeframe, which come last */
  year: number | undefined;
  half: 1 | 2 | undefined;
  measures: MeasureEntry[];
}

/**
 * The measures by the half-year in which they start (the end where only that is known), earliest
 * first; within a half-year in the strategy's order. Days are calendar days "YYYY-MM-DD".
 */
export function timeline(measures: readonly MeasureEntry[]): TimelinePeriod[] {
  const periods = new Map<string, TimelinePeriod>();
  const undated: MeasureEntry[] = [];
  for (const measure of measures) {
    const day = measure.startsOn ?? measure.endsOn;
    if (!day) {
      undated.push(measure);
      continue;
    }
    const year = Number(day.slice(0, 4));
    const half: 1 | 2 = Number(day.slice(5, 7)) <= 6 ? 1 : 2;
    const key = `${year}-${half}`;
    const period = periods.get(key) ?? { year, half, measures: [] };
    period.measures.push(measure);
    periods.set(key, period);
  }
  const dated = [...periods.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, p]) => p);
  return undated.length > 0 ? [...dated, { year: undefined, half: undefined, measures: undated }] : dated;
}
