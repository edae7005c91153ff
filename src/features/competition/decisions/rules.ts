/** Why an amount cannot be awarded; each names the limit it breaks. */
export type AwardProblem = 'overRequested' | 'overMax' | 'overBudget';

export interface AwardLimits {
  requestedCents: number;
  maxAmountCents: number;
  /** the call's total budget minus everything awarded to the call's other applications */
  leftCents: number;
}

/**
 * An award is never more than the applicant asked for, than the call's maximum per
 * application, or than is left of the call's total budget. The first limit broken is named.
 */
export function awardProblem(amountCents: number, limits: AwardLimits): AwardProblem | undefined {
  if (amountCents > limits.requestedCents) return 'overRequested';
  if (amountCents > limits.maxAmountCents) return 'overMax';
  if (amountCents > limits.leftCents) return 'overBudget';
  return undefined;
}

/** The most that may be awarded to the application: the form's suggestion and hint. */
export function awardCeiling(limits: AwardLimits): number {
  return Math.max(0, Math.min(limits.requestedCents, limits.maxAmountCents, limits.leftCents));
}

/** Statuses of applications still waiting for the editors: screened or not, but undecided. */
export const UNDECIDED_STATUSES = ['submitted', 'queried', 'eligible'] as const;

export type ReleaseProblem = 'stillOpen' | 'undecided' | 'nothing';

/**
 * The decisions are released together once the deadline has passed, every application that
 * reached the editors is decided, and there is at least one decision to tell.
 */
export function releaseProblem(options: { closesAt: Date; now: Date; undecided: number; decided: number }): ReleaseProblem | undefined {
  if (options.now < options.closesAt) return 'stillOpen';
  if (options.undecided > 0) return 'undecided';
  if (options.decided === 0) return 'nothing';
  return undefined;
}
