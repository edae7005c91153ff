import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { deleteAssignmentsOfSubjects } from './repository.ts';

/**
 * The owning feature deleted these subjects of its process (e.g. proposals removed with their
 * submitter's account or after their retention period): what the jury wrote about them –
 * assignments, declarations, reviews and scores – goes with them, in the caller's transaction.
 * The caller's audit entry records the removal. Returns how many assignments went.
 */
export async function removeSubjects(tx: Executor, options: { processKey: string; subjectIds: readonly string[] }): Promise<number> {
  return deleteAssignmentsOfSubjects(tx, options.processKey, options.subjectIds.filter(isUuid));
}
