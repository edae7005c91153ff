import type { EventDateRow } from './event-repository.ts';
import type { EventDate } from './event-lookups.ts';

export type RegistrationState = { open: true } | { open: false; reason: 'deadline' | 'cancelled' | 'past' | 'notPublished' };

/**
 * Whether people can register for a date now. Checked in this order, so that the page
 * names the reason that matters most: a draft, a cancelled date, a date that has begun,
 * a deadline that has passed. A full date stays open: people join the waiting list.
 */
export function isRegistrationOpen(date: Pick<EventDate, 'eventStatus' | 'cancelledAt' | 'startsAt' | 'registrationDeadline'>, now: Date): RegistrationState {
  if (date.eventStatus !== 'published') return { open: false, reason: 'notPublished' };
  if (date.cancelledAt) return { open: false, reason: 'cancelled' };
  if (now.getTime() >= date.startsAt.getTime()) return { open: false, reason: 'past' };
  if (now.getTime() > date.registrationDeadline.getTime()) return { open: false, reason: 'deadline' };
  return { open: true };
}

/** Free seats; 0 means new registrations go to the waiting list. */
export function seatsLeft(date: Pick<EventDateRow, 'seats' | 'confirmedCount'>): number {
  return Math.max(0, date.seats - date.confirmedCount);
}

/**
 * Events that ask for a confirmed address hold a free seat for this long until the link in
 * the e-mail is used: long enough to open the e-mail on another device; short enough that a
 * grabbed seat soon comes back.
 */
export const HOLD_MINUTES = 30;

/** Until when a seat taken now is held; like an offer, never beyond the start. */
export function holdUntil(date: Pick<EventDate, 'startsAt'>, now: Date): Date {
  return new Date(Math.min(now.getTime() + HOLD_MINUTES * 60_000, date.startsAt.getTime()));
}

/**
 * When a date's programme may run: from the doors opening (or the start, without doors) to
 * the end, both included, so that "20:30 Ende der Veranstaltung" fits a date ending at 20:30.
 */
export function programmeWindow(date: Pick<EventDateRow, 'startsAt' | 'endsAt' | 'doorsOpenAt'>): { from: Date; to: Date } {
  return { from: date.doorsOpenAt ?? date.startsAt, to: date.endsAt };
}

export function isWithinProgrammeWindow(date: Pick<EventDateRow, 'startsAt' | 'endsAt' | 'doorsOpenAt'>, at: Date): boolean {
  const { from, to } = programmeWindow(date);
  return at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
}
