import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
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

export type CancelDateOutcome = { kind: 'cancelled'; notified: number } | { kind: 'alreadyCancelled' } | { kind: 'notFound' };

/**
 * Cancels a date: registration closes (reason 'cancelled') and everyone still registered —
 * confirmed, waiting or offered a seat — gets one e-mail, queued in the same transaction
 * with a key per registration, so that a repeated click sends nothing twice. The outcome
 * says how many were notified; a date that is already cancelled is left as it is.
 */
export async function cancelDate(deps: Pick<AppDeps, 'db'>, options: CancelDateOptions): Promise<CancelDateOutcome> {
  const { eventId, dateId, reason, actor, baseUrl } = options;
  return deps.db.transaction(async (tx): Promise<CancelDateOutcome> => {
    const event = await lockEventForEditing(tx, eventId);
    const date = event && (await lockDateOfEvent(tx, eventId, dateId));
    if (!event || !date) return { kind: 'notFound' };
    if (date.cancelledAt) return { kind: 'alreadyCancelled' };
    const cancelled = (await updateDateRow(tx, dateId, { cancelledAt: new Date() }))!;
    await touchEvent(tx, eventId);
    const people = await listLiveRegistrations(tx, dateId);
    const changed = { ...event, updatedAt: new Date() };
    for (const person of people) {
      await queueMail(tx, dateCancelledMail(changed, cancelled, person, reason, baseUrl), `events:date-cancelled:${person.id}`);
    }
    await recordAudit(
      tx,
      actor,
      'event.date.cancel',
      { type: 'event_date', id: dateId },
      { cancelledAt: null },
      { cancelledAt: cancelled.cancelledAt, reason, notified: people.length },
    );
    return { kind: 'cancelled', notified: people.length };
  });
}
