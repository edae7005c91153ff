import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { clearCheckedIn, findRegistrationOfDate, setCheckedIn, type RegistrationRow } from './repository.ts';

export interface CheckInOptions {
  actor: CurrentUser;
  dateId: string;
  registrationId: string;
  now: Date;
}

export type UndoCheckInOptions = Omit<CheckInOptions, 'now'>;

export type CheckInOutcome =
  | { kind: 'checkedIn'; registration: RegistrationRow }
  /** only someone with a seat comes in; a page opened before a cancellation may still offer the button */
  | { kind: 'notConfirmed'; registration: RegistrationRow }
  /** not a registration of this date */
  | { kind: 'notFound' };

export type UndoCheckInOutcome = { kind: 'undone'; registration: RegistrationRow } | { kind: 'notFound' };

/** A registration of this date; undefined for any other id, so that no address reaches another date's data. */
async function registrationOfDate(tx: Executor, dateId: string, registrationId: string): Promise<RegistrationRow | undefined> {
  return isUuid(registrationId) ? findRegistrationOfDate(tx, dateId, registrationId) : undefined;
}

/**
 * Marks a confirmed participant present. Pressing the button twice (two staff members at
 * two doors, a reload) keeps the first time and records nothing new.
 */
export async function checkIn(deps: Pick<AppDeps, 'db'>, options: CheckInOptions): Promise<CheckInOutcome> {
  const { dateId, registrationId, actor, now } = options;
  return deps.db.transaction(async (tx): Promise<CheckInOutcome> => {
    const before = await registrationOfDate(tx, dateId, registrationId);
    if (!before) return { kind: 'notFound' };
    if (before.status !== 'confirmed') return { kind: 'notConfirmed', registration: before };
    const after = (await setCheckedIn(tx, dateId, registrationId, now))!;
    if (!before.checkedInAt) {
      await recordAudit(
        tx,
        actor,
        'event.registration.checkIn',
        { type: 'event_registration', id: registrationId },
        { checkedInAt: null },
        { checkedInAt: after.checkedInAt },
      );
    }
    return { kind: 'checkedIn', registration: after };
  });
}

/** Takes a check-in back (the wrong person was tapped); idempotent like the check-in. */
export async function undoCheckIn(deps: Pick<AppDeps, 'db'>, options: UndoCheckInOptions): Promise<UndoCheckInOutcome> {
  const { dateId, registrationId, actor } = options;
  return deps.db.transaction(async (tx): Promise<UndoCheckInOutcome> => {
    const before = await registrationOfDate(tx, dateId, registrationId);
    if (!before) return { kind: 'notFound' };
    if (!before.checkedInAt) return { kind: 'undone', registration: before };
    const after = (await clearCheckedIn(tx, dateId, registrationId)) ?? before;
    await recordAudit(
      tx,
      actor,
      'event.registration.undoCheckIn',
      { type: 'event_registration', id: registrationId },
      { checkedInAt: before.checkedInAt },
      { checkedInAt: null },
    );
    return { kind: 'undone', registration: after };
  });
}
