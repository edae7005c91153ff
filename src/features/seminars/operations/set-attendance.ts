import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { ModuleRow, SeriesRow } from '../core/repository.ts';
import { deleteAttendance, findConfirmedInScope, insertAttendance } from './repository.ts';
import { attendanceScope } from './service.ts';

export interface SetAttendanceOptions {
  actor: CurrentUser;
  series: SeriesRow;
  module: ModuleRow;
  userId: string;
  present: boolean;
  now: Date;
}

export type SetAttendanceOutcome =
  | { kind: 'changed' }
  /** the person was already as wanted: a second press of the button, or a second editor at the door */
  | { kind: 'unchanged' }
  /** not a participant of this module: nobody can be checked in from outside the group */
  | { kind: 'notParticipant' };

/**
 * Marks a participant present at a module or takes it back. The wanted state travels with the
 * request, so a repeated submit finds it done and records nothing twice.
 */
export async function setAttendance(deps: Pick<AppDeps, 'db'>, options: SetAttendanceOptions): Promise<SetAttendanceOutcome> {
  const { actor, series, module, userId, present, now } = options;
  if (!isUuid(userId)) return { kind: 'notParticipant' };
  return deps.db.transaction(async (tx): Promise<SetAttendanceOutcome> => {
    if (!(await findConfirmedInScope(tx, series.id, attendanceScope(series, module), userId))) return { kind: 'notParticipant' };
    const changed = present
      ? await insertAttendance(tx, { moduleId: module.id, userId, checkedInBy: actor.id, now })
      : await deleteAttendance(tx, module.id, userId);
    if (!changed) return { kind: 'unchanged' };
    await recordAudit(
      tx,
      actor,
      present ? 'seminars.attendance.checkIn' : 'seminars.attendance.undo',
      { type: 'seminar_module', id: module.id },
      { userId, present: !present },
      { userId, present },
    );
    return { kind: 'changed' };
  });
}
