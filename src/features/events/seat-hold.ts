import type { AppDeps } from '../../platform/deps.ts';
import type { EventDate } from './event-service.ts';
import { expireTimed } from './promote-from-waiting-list.ts';

/*
 * Events that ask for a confirmed address (events.requires_confirmed_email): a confirmation
 * takes the seat as usual but as 'held', and only the link in the e-mail makes it
 * 'confirmed'. Made-up or foreign addresses therefore keep a seat for minutes, not for good.
 */

/** Long enough to open the e-mail on another device; short enough that a grabbed seat soon comes back. */
export const HOLD_MINUTES = 30;

/** Until when a seat taken now is held; like an offer, never beyond the start. */
export function holdUntil(date: Pick<EventDate, 'startsAt'>, now: Date): Date {
  return new Date(Math.min(now.getTime() + HOLD_MINUTES * 60_000, date.startsAt.getTime()));
}

/**
 * Holds whose time ran out: the registration ends and the seat passes to the first person
 * waiting, or becomes free, as when someone cancels. No e-mail goes out: the address was
 * never confirmed, and mail to addresses nobody confirmed is what the hold keeps small.
 */
export function expireHolds(deps: AppDeps, now: Date): Promise<number> {
  return expireTimed(deps, 'held', now);
}
