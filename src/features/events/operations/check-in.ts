import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database } from '../../../platform/db/client.ts';
import { clearCheckedIn, setCheckedIn, type RegistrationRow } from './repository.ts';
import { getRegistrationOfDate } from './service.ts';

export type CheckInOutcome = { ok: true; registration: RegistrationRow } | { ok: false; registration: RegistrationRow };

/**
 * Marks a confirmed participant present. Pressing the button twice (two staff members at
 * two doors, a reload) keeps the first time and records nothing new.
 */
export async function checkIn(
  db: Database,
  options: { dateId: string; registrationId: string; actor: CurrentUser; now: Date },
): Promise<CheckInOutcome> {
  const { dateId, registrationId, actor, now } = options;
  return db.transaction(async (tx): Promise<CheckInOutcome> => {
    const before = await getRegistrationOfDate(tx, dateId, registrationId);
    // Only someone with a seat comes in; a page opened before a cancellation may still offer the button.
    if (before.status !== 'confirmed') return { ok: false, registration: before };
    const after = (await setCheckedIn(tx, dateId, registrationId, now))!;
    if (!before.checkedInAt) {
      await recordAudit(tx, actor, 'event.registration.checkIn', { type: 'event_registration', id: registrationId }, { checkedInAt: null }, { checkedInAt: after.checkedInAt });
    }
    return { ok: true, registration: after };
  });
}

/** Takes a check-in back (the wrong person was tapped); idempotent like the check-in. */
export async function undoCheckIn(db: Database, options: { dateId: string; registrationId: string; actor: CurrentUser }): Promise<RegistrationRow> {
  const { dateId, registrationId, actor } = options;
  return db.transaction(async (tx) => {
    const before = await getRegistrationOfDate(tx, dateId, registrationId);
    if (!before.checkedInAt) return before;
    const after = (await clearCheckedIn(tx, dateId, registrationId)) ?? before;
    await recordAudit(tx, actor, 'event.registration.undoCheckIn', { type: 'event_registration', id: registrationId }, { checkedInAt: before.checkedInAt }, { checkedInAt: null });
    return after;
  });
}
