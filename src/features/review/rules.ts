import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AssignmentRow } from './repository.ts';
import { SCORE_MAX, SCORE_MIN } from './tables.ts';

/** Who acts: an editor who assigns, a juror who declares and reviews. */
export type ReviewActor = Pick<CurrentUser, 'id' | 'email'>;

/** The subject type of the engine's audit entries. */
export const AUDIT_SUBJECT = 'review_assignment';

export const auditSubject = (assignmentId: string) => ({ type: AUDIT_SUBJECT, id: assignmentId });

/** What the audit log records of an assignment. */
export function assignmentSnapshot(a: Pick<AssignmentRow, 'processKey' | 'subjectId' | 'jurorId'>) {
  return { processKey: a.processKey, subjectId: a.subjectId, jurorId: a.jurorId };
}

/** A score the engine accepts: a whole number from 0 to 5. */
export function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

/** The assignment belongs to this juror (a deleted juror's assignment belongs to no one). */
export function isAssignedTo(assignment: Pick<AssignmentRow, 'jurorId'>, jurorId: string): boolean {
  return assignment.jurorId !== null && assignment.jurorId === jurorId;
}
