import { isAssignedTo } from './rules.ts';
import type { ConflictState, ReviewStatus } from './tables.ts';

/**
 * Who may see what, for the routes of the feature that owns the process. The engine has no
 * routes for the people whose subjects are reviewed: they never see a review.
 */

/**
 * A juror sees a subject only through their own assignment and only after declaring that they
 * have no conflict of interest; before that they see the declaration, after a conflict nothing.
 */
export function subjectVisibleTo(assignment: { jurorId: string | null; conflict: ConflictState | null } | undefined, jurorId: string): boolean {
  return assignment !== undefined && isAssignedTo(assignment, jurorId) && assignment.conflict === 'none';
}

/** What the juror's page of an assignment shows: the declaration, the subject, or nothing (closed after a conflict). */
export function jurorStep(assignment: { conflict: ConflictState | null }): 'declare' | 'review' | 'closed' {
  if (assignment.conflict === null) return 'declare';
  return assignment.conflict === 'none' ? 'review' : 'closed';
}

/**
 * A juror sees their own review, drafts included; the submitted reviews of the other jurors
 * only when the owning feature says so (`othersVisible`, e.g. once the review phase has ended).
 */
export function reviewVisibleTo(review: { jurorId: string | null; status: ReviewStatus | null }, viewer: { jurorId: string; othersVisible: boolean }): boolean {
  if (review.jurorId !== null && review.jurorId === viewer.jurorId) return true;
  return viewer.othersVisible && review.status === 'submitted';
}
