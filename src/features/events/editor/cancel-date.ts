import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database } from '../../../platform/db/client.ts';
import { queueMail } from '../../../platform/mail/queue.ts';
import { lockDateOfEvent } from './edit-dates.ts';
import { lockEventForEditing, touchEvent } from './edit-event.ts';
import { dateCancelledMail } from './date-change-mails.ts';
import { listLiveRegistrations, updateDateRow } from '../core/event-repository.ts';

export interface CancelDateOptions {
  eventId: string;
  dateId: string;
  /** quoted in the e-mail to everyone registered */
  reason: string;
  actor: CurrentUser;
  baseUrl: string;
}

/**
 * Cancels a date: registration closes (reason 'cancelled') and everyone still registered —
 * confirmed, waiting or offered a seat — gets one e-mail, queued in the same transaction
 * with a key per registration, so that a repeated click sends nothing twice. Returns how
 * many were notified; a date that is already cancelled is left as it is.
 */
export async function cancelDate(db: Database, options: CancelDateOptions): Promise<{ notified: number; alreadyCancelled: boolean }> {
  const { eventId, dateId, reason, actor, baseUrl } = options;
  return db.transaction(async (tx) => {
    const event = await lockEventForEditing(tx, eventId);
    const date = await lockDateOfEvent(tx, eventId, dateId);
    if (date.cancelledAt) return { notified: 0, alreadyCancelled: true };
    const cancelled = (await updateDateRow(tx, dateId, { cancelledAt: new Date() }))!;
    await touchEvent(tx, eventId);
    const people = await listLiveRegistrations(tx, dateId);
    const changed = { ...event, updatedAt: new Date() };
    for (const person of people) {
      await queueMail(tx, dateCancelledMail(changed, cancelled, person, reason, baseUrl), `events:date-cancelled:${person.id}`);
    }
    await recordAudit(tx, actor, 'event.date.cancel', { type: 'event_date', id: dateId }, { cancelledAt: null }, { cancelledAt: cancelled.cancelledAt, reason, notified: people.length });
    return { notified: people.length, alreadyCancelled: false };
  });
}
