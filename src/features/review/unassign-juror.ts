import { recordAudit } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { deleteAssignment, findReview, lockAssignment } from './repository.ts';
import { assignmentSnapshot, auditSubject, type ReviewActor } from './rules.ts';

export interface UnassignJurorOptions {
  /** the editor who takes the assignment back */
  actor: ReviewActor;
  assignmentId: string;
  /** when given, an assignment of another process is not found */
  processKey?: string;
}

export type UnassignJurorOutcome =
  | 'unassigned'
  | 'notFound'
  /** the juror has submitted their review: it belongs to the process now */
  | 'reviewSubmitted'
  /** the juror declared a conflict: the assignment stays, so that nobody assigns them to the subject again */
  | 'conflictDeclared';

/** Takes an assignment back, with the juror's draft, as long as no review was submitted. */
export async function unassignJuror(db: Executor, options: UnassignJurorOptions): Promise<UnassignJurorOutcome> {
  if (!isUuid(options.assignmentId)) return 'notFound';
  return db.transaction(async (tx): Promise<UnassignJurorOutcome> => {
    const assignment = await lockAssignment(tx, options.assignmentId);
    if (!assignment || (options.processKey !== undefined && assignment.processKey !== options.processKey)) return 'notFound';
    if (assignment.conflict === 'declared') return 'conflictDeclared';
    const review = await findReview(tx, assignment.id);
    if (review?.status === 'submitted') return 'reviewSubmitted';
    await deleteAssignment(tx, assignment.id);
    await recordAudit(tx, options.actor, 'review.unassign', auditSubject(assignment.id), assignmentSnapshot(assignment), null);
    return 'unassigned';
  });
}
