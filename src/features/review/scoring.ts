import type { ConflictState, Recommendation, ReviewStatus } from './tables.ts';

/** A criterion as the engine needs it: its id and its weight in the total (weight 2 counts twice). */
export interface WeightedCriterion {
  id: string;
  weight: number;
}

/**
 * A number of points as people read it, with two decimals, halves rounded up. Rounding the
 * float's digits to 12 first takes away binary noise (2.675 is stored as 2.67499999…).
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/**
 * A review's weighted score, sum(score × weight) / sum(weight), between 0 and 5, unrounded.
 * A criterion without a score (in a review submitted before the criterion was added) counts
 * neither its score nor its weight; undefined when no criterion of weight above 0 was scored.
 */
export function weightedScore(criteria: readonly WeightedCriterion[], scores: ReadonlyMap<string, number | null>): number | undefined {
  let points = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores.get(criterion.id);
    if (score === undefined || score === null || criterion.weight <= 0) continue;
    points += score * criterion.weight;
    weights += criterion.weight;
  }
  return weights > 0 ? points / weights : undefined;
}

/** Mean and spread (highest minus lowest) of the reviews' weighted scores; null without any. */
export function meanAndSpread(values: readonly number[]): { mean: number | null; spread: number | null } {
  if (values.length === 0) return { mean: null, spread: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return { mean: roundScore(mean), spread: roundScore(Math.max(...values) - Math.min(...values)) };
}

/** One assignment of a subject as the ranking needs it. */
export interface RankedAssignment {
  subjectId: string;
  conflict: ConflictState | null;
  /** null: nothing saved yet */
  status: ReviewStatus | null;
  recommendation: Recommendation | null;
  scores: ReadonlyMap<string, number | null>;
}

export interface SubjectRanking {
  subjectId: string;
  /** 1 for the highest mean; subjects with equal means share a rank; null without submitted reviews */
  rank: number | null;
  /** every juror assigned, including those who declared a conflict */
  assignments: number;
  /** jurors who declared a conflict: they will not review */
  conflicts: number;
  submitted: number;
  /** reviews still to come: assignments without a conflict and without a submitted review */
  missing: number;
  /** the weighted score of each submitted review, two decimals, highest first */
  scores: number[];
  /** mean of the weighted scores, two decimals; null without submitted reviews */
  mean: number | null;
  /** highest minus lowest weighted score, two decimals; null without submitted reviews */
  spread: number | null;
  recommendations: Record<Recommendation, number>;
}

/**
 * The ranking of the given subjects: their submitted reviews' weighted scores, mean, spread and
 * recommendations, by mean from the highest; subjects without a submitted review come last.
 * Mean and spread are taken from the unrounded scores and rounded once. Equal means (as shown,
 * with two decimals) share a rank and keep the order the subjects were given in.
 */
export function rankSubjects(
  subjectIds: readonly string[],
  assignments: readonly RankedAssignment[],
  criteria: readonly WeightedCriterion[],
): SubjectRanking[] {
  const rows = subjectIds.map((subjectId): SubjectRanking => {
    const own = assignments.filter((a) => a.subjectId === subjectId);
    const submitted = own.filter((a) => a.status === 'submitted');
    const conflicts = own.filter((a) => a.conflict === 'declared').length;
    const exact = submitted.map((a) => weightedScore(criteria, a.scores)).filter((v): v is number => v !== undefined);
    const recommendations: Record<Recommendation, number> = { yes: 0, maybe: 0, no: 0 };
    for (const a of submitted) if (a.recommendation) recommendations[a.recommendation]++;
    return {
      subjectId,
      rank: null,
      assignments: own.length,
      conflicts,
      submitted: submitted.length,
      missing: own.length - conflicts - submitted.length,
      scores: exact.map(roundScore).sort((a, b) => b - a),
      ...meanAndSpread(exact),
      recommendations,
    };
  });
  const ranked = rows.filter((r) => r.mean !== null).sort((a, b) => b.mean! - a.mean!);
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    row.rank = previous && previous.mean === row.mean ? previous.rank : i + 1;
  });
  return [...ranked, ...rows.filter((r) => r.mean === null)];
}
