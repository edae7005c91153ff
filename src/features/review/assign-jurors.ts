import { recordAudit } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { insertAssignment, listSiteRoles, lockAssignmentsOf } from './repository.ts';
import { assignmentSnapshot, auditSubject, type ReviewActor } from './rules.ts';

export interface AssignJurorsOptions {
  /** the editor who assigns */
  actor: ReviewActor;
  /** the owning feature's name for the process, e.g. "challenge:<uuid>"; the engine only compares it */
  processKey: string;
  /** the subjects to be reviewed, the owning feature's ids (UUIDs) */
  subjectIds: readonly string[];
  /** accounts with the site role juror; each is assigned to each subject */
  jurorIds: readonly string[];
}

export type AssignJurorsOutcome =
  /** every pair is assigned now; `existing` of them were already and stay as they were */
  | { kind: 'assigned'; created: number; existing: number }
  /** nothing was stored: these jurors declared a conflict for these subjects, or these accounts are no jurors */
  | { kind: 'refused'; conflicts: { subjectId: string; jurorId: string }[]; notJurors: string[] };

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Assigns every juror to every subject, all or nothing: a juror who declared a conflict for a
 * subject is not assigned to it again, and an account that is not a juror's is not assigned at
 * all; either refuses the whole list. An assignment that exists already stays as it is, so a
 * second submit of the same list changes nothing.
 */
export async function assignJurors(db: Executor, options: AssignJurorsOptions): Promise<AssignJurorsOutcome> {
  const subjectIds = unique(options.subjectIds);
  const jurorIds = unique(options.jurorIds);
  if (subjectIds.some((id) => !isUuid(id))) throw new Error('assignJurors: a subject id is no UUID');
  return db.transaction(async (tx): Promise<AssignJurorsOutcome> => {
    const wellFormed = jurorIds.filter(isUuid);
    const roles = await listSiteRoles(tx, wellFormed);
    const notJurors = jurorIds.filter((id) => !roles.some((r) => r.id === id && r.siteRole === 'juror' && !r.deleted));
    const existing = await lockAssignmentsOf(tx, subjectIds, wellFormed);
    const conflicts = existing.filter((a) => a.conflict === 'declared').map((a) => ({ subjectId: a.subjectId, jurorId: a.jurorId! }));
    if (notJurors.length > 0 || conflicts.length > 0) return { kind: 'refused', conflicts, notJurors };
    let created = 0;
    for (const subjectId of subjectIds) {
      for (const jurorId of jurorIds) {
        const row = await insertAssignment(tx, { processKey: options.processKey, subjectId, jurorId, assignedBy: options.actor.id });
        if (!row) continue;
        created++;
        await recordAudit(tx, options.actor, 'review.assign', auditSubject(row.id), null, assignmentSnapshot(row));
      }
    }
    return { kind: 'assigned', created, existing: subjectIds.length * jurorIds.length - created };
  });
}
