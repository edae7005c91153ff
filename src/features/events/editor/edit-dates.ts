import { createHash } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { queueMail } from '../../../platform/mail/queue.ts';
import { touchEvent, lockEventForEditing } from './edit-event.ts';
import { dateChangedMail } from './date-change-mails.ts';
import { insertDate, listLiveRegistrations, lockDate, updateDateRow, type EventDateRow } from '../core/event-repository.ts';
import { withDateProgramme } from '../core/programme.ts';
import { EventRuleError } from '../core/rules.ts';
import type { DateInput } from '../core/schema.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

function values(input: DateInput) {
  const { notify: _notify, ...rest } = input;
  return rest;
}

/** What the audit log keeps of a date. */
function snapshot(d: EventDateRow) {
  return {
    online: d.online,
    placeName: d.placeName,
    street: d.street,
    postcode: d.postcode,
    town: d.town,
    streamUrl: d.streamUrl,
    startsAt: d.startsAt.toISOString(),
    endsAt: d.endsAt.toISOString(),
    doorsOpenAt: d.doorsOpenAt?.toISOString() ?? null,
    registrationDeadline: d.registrationDeadline.toISOString(),
    seats: d.seats,
    note: d.note,
  };
}

/** Loads and locks a date of this event; anything else is not found. */
export async function lockDateOfEvent(tx: Executor, eventId: string, dateId: string): Promise<EventDateRow> {
  const date = isUuid(dateId) ? await lockDate(tx, dateId) : undefined;
  if (!date || date.eventId !== eventId) throw notFound();
  return date;
}

/** A new date. Runs in the caller's transaction (the once-per-submission one). */
export async function addDate(tx: Executor, actor: CurrentUser, eventId: string, input: DateInput): Promise<EventDateRow> {
  await lockEventForEditing(tx, eventId);
  const date = await insertDate(tx, { eventId, ...values(input) });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.date.add', { type: 'event_date', id: date.id }, null, { eventId, ...snapshot(date) });
  return date;
}

/** Identifies a time and place, so that each change is announced once per person. */
function whenAndWhere(d: EventDateRow): string {
  const key = [d.startsAt.toISOString(), d.endsAt.toISOString(), d.online, d.placeName, d.street, d.postcode, d.town].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * Changes a date (also moves it to another time or place). Seats cannot drop below those
 * taken. With `notify`, everyone registered gets an e-mail about a new time or place,
 * queued in the same transaction; returns how many.
 */
export async function updateDate(
  db: Database,
  actor: CurrentUser,
  eventId: string,
  dateId: string,
  input: DateInput,
  baseUrl: string,
): Promise<{ notified: number }> {
  return db.transaction(async (tx) => {
    const event = await lockEventForEditing(tx, eventId);
    const before = await lockDateOfEvent(tx, eventId, dateId);
    if (before.cancelledAt) throw new EventRuleError('dateCancelled');
    if (input.seats < before.confirmedCount) throw new EventRuleError('seatsBelowTaken', before.confirmedCount);
    const after = (await updateDateRow(tx, dateId, values(input)))!;
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.date.update', { type: 'event_date', id: dateId }, snapshot(before), snapshot(after));
    const key = whenAndWhere(after);
    if (!input.notify || key === whenAndWhere(before)) return { notified: 0 };
    const people = await listLiveRegistrations(tx, dateId);
    // the programme moved with the date: the mail and its calendar entry show the new times
    const changed = await withDateProgramme(tx, { event: { ...event, updatedAt: new Date() }, date: after });
    for (const person of people) await queueMail(tx, dateChangedMail(changed, person, baseUrl), `events:date-changed:${person.id}:${key}`);
    return { notified: people.length };
  });
}
