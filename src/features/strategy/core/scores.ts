import { PEER_THRESHOLD } from './rules.ts';

/*
 * How the maturity self-assessment is scored, without the database: a level is a share of the
 * way from the lowest to the highest level, a dimension's score is the mean over the questions
 * answered, and the peers' average is shown only above the threshold.
 */

/** A level (1 = lowest) of a question with `levels` levels as a percentage: the lowest 0, the highest 100. */
export function levelPercent(level: number, levels: number): number {
  if (levels < 2 || level < 1 || level > levels) throw new RangeError(`level ${level} of ${levels}`);
  return ((level - 1) / (levels - 1)) * 100;
}

/** The mean percentage of the answered questions, rounded to a whole number; null when none is answered. */
export function dimensionScore(answers: readonly { level: number; levels: number }[]): number | null {
  if (answers.length === 0) return null;
  const sum = answers.reduce((total, a) => total + levelPercent(a.level, a.levels), 0);
  return Math.round(sum / answers.length);
}

/** The population bands a municipality is compared within: under 2,000 up to over 100,000. */
export const SIZE_BANDS = [
  { from: 0, below: 2_000 },
  { from: 2_000, below: 10_000 },
  { from: 10_000, below: 50_000 },
  { from: 50_000, below: 100_000 },
  { from: 100_000, below: Number.POSITIVE_INFINITY },
] as const;

/** The index of the population's band; undefined without a population, which is then compared with nobody. */
export function sizeBand(population: number | null | undefined): number | undefined {
  if (population === null || population === undefined || population < 0) return undefined;
  return SIZE_BANDS.findIndex((b) => population >= b.from && population < b.below);
}

/**
 * The peers' average of one dimension, rounded: only when at least PEER_THRESHOLD other
 * strategies answered it, so that no single municipality's value can be read off it; below
 * that, undefined, and the count is not told either.
 */
export function peerAverage(scores: readonly number[]): number | undefined {
  if (scores.length < PEER_THRESHOLD) return undefined;
  return Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}
