import type { SolutionRow } from '../core/repository.ts';

/** Whether a solution waits for the editors: submitted, or published with changes sent for review. */
export function waitsForReview(solution: Pick<SolutionRow, 'status' | 'pendingSince'>): boolean {
  return solution.status === 'in_review' || solution.pendingSince !== null;
}
