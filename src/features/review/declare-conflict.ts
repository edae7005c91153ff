import { recordAudit } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { lockAssignment, updateAssignmentConflict } from './repository.ts';
import { auditSubject, isAssignedTo, type ReviewActor } from './rules.ts';
import type { ConflictState } from './tables.ts';

export interface DeclareConflictOptions {
  /** the assigned juror; nobody else declares for them */
  juror: ReviewActor;
  assignmentId: string;
  /** true: there is a conflict of interest, and the subject is closed for this juror */
  conflict: boolean;
  /** what the juror wants the editors to know, e.g. the nature of the conflict */
  note: string;
}

export type DeclareConflictOutcome =
  | { kind: 'declared'; conflict: ConflictState }
  /** no such assignment of this juror */
  | { kind: 'notFound' }
  /** declared before: a declaration is made once */
  | { kind: 'alreadyDeclared'; conflict: ConflictState };

/**
 * The juror's declaration before seeing the subject: with no conflict the subject opens for
 * review; with a conflict it stays closed for them for good, and they are never assigned to it again.
 */
export async function declareConflict(db: Executor, options: DeclareConflictOptions): Promise<DeclareConflictOutcome> {
  if (!isUuid(options.assignmentId)) return { kind: 'notFound' };
  return db.transaction(async (tx): Promise<DeclareConflictOutcome> => {
    const assignment = await lockAssignment(tx, options.assignmentId);
    if (!assignment || !isAssignedTo(assignment, options.juror.id)) return { kind: 'notFound' };
    if (assignment.conflict !== null) return { kind: 'alreadyDeclared', conflict: assignment.conflict };
    const conflict: ConflictState = options.conflict ? 'declared' : 'none';
    const conflictNote = options.note.trim();
    await updateAssignmentConflict(tx, assignment.id, { conflict, conflictNote });
    await recordAudit(tx, options.juror, 'review.conflict.declare', auditSubject(assignment.id), { conflict: null }, { conflict, conflictNote });
    return { kind: 'declared', conflict };
  });
}
