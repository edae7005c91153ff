import { createHash } from 'node:crypto';
import { recordAudit, type TokenActor } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { queueMail } from '../../../platform/mail/queue.ts';
import { touchEvent, lockEventForEditing } from './edit-event.ts';
import { dateChangedMail } from './date-change-mails.ts';
import { insertDate, listLiveRegistrations, lockDate, updateDateRow, type EventDateRow } from '../core/event-repository.ts';
import { withDateProgramme } from '../core/programme.ts';
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

/** Loads and locks a date of this event; undefined for any other. */
export async function lockDateOfEvent(tx: Executor, eventId: string, dateId: string): Promise<EventDateRow | undefined> {
  const date = isUuid(dateId) ? await lockDate(tx, dateId) : undefined;
  return date?.eventId === eventId ? date : undefined;
}

export interface AddDateOptions {
  actor: CurrentUser | TokenActor;
  eventId: string;
  input: DateInput;
}

export type AddDateOutcome = { kind: 'added'; date: EventDateRow } | { kind: 'notFound' };

/** A new date. Runs in the caller's transaction (the once-per-submission one). */
export async function addDate(tx: Executor, options: AddDateOptions): Promise<AddDateOutcome> {
  const { actor, eventId, input } = options;
  if (!(await lockEventForEditing(tx, eventId))) return { kind: 'notFound' };
  const date = await insertDate(tx, { eventId, ...values(input) });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.date.add', { type: 'event_date', id: date.id }, null, { eventId, ...snapshot(date) });
  return { kind: 'added', date };
}

/** Identifies a time and place, so that each change is announced once per person. */
function whenAndWhere(d: EventDateRow): string {
  const key = [d.startsAt.toISOString(), d.endsAt.toISOString(), d.online, d.placeName, d.street, d.postcode, d.town].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export interface UpdateDateOptions {
  actor: CurrentUser;
  eventId: string;
  dateId: string;
  input: DateInput;
  /** for the links in the e-mails */
  baseUrl: string;
}

export type UpdateDateOutcome =
  | { kind: 'saved'; notified: number }
  | { kind: 'refused'; reason: 'dateCancelled' }
  /** seats cannot drop below those already taken */
  | { kind: 'refused'; reason: 'seatsBelowTaken'; taken: number }
  | { kind: 'notFound' };

/**
 * Changes a date (also moves it to another time or place). Seats cannot drop below those
 * taken. With `notify`, everyone registered gets an e-mail about a new time or place,
 * queued in the same transaction; the outcome says how many.
 */
export async function updateDate(deps: Pick<AppDeps, 'db'>, options: UpdateDateOptions): Promise<UpdateDateOutcome> {
  const { actor, eventId, dateId, input, baseUrl } = options;
  return deps.db.transaction(async (tx): Promise<UpdateDateOutcome> => {
    const event = await lockEventForEditing(tx, eventId);
    const before = event && (await lockDateOfEvent(tx, eventId, dateId));
    if (!event || !before) return { kind: 'notFound' };
    if (before.cancelledAt) return { kind: 'refused', reason: 'dateCancelled' };
    if (input.seats < before.confirmedCount) return { kind: 'refused', reason: 'seatsBelowTaken', taken: before.confirmedCount };
    const after = (await updateDateRow(tx, dateId, values(input)))!;
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.date.update', { type: 'event_date', id: dateId }, snapshot(before), snapshot(after));
    const key = whenAndWhere(after);
    if (!input.notify || key === whenAndWhere(before)) return { kind: 'saved', notified: 0 };
    const people = await listLiveRegistrations(tx, dateId);
    // the programme moved with the date: the mail and its calendar entry show the new times
    const changed = await withDateProgramme(tx, { event: { ...event, updatedAt: new Date() }, date: after });
    for (const person of people) await queueMail(tx, dateChangedMail(changed, person, baseUrl), `events:date-changed:${person.id}:${key}`);
    return { kind: 'saved', notified: people.length };
  });
}
