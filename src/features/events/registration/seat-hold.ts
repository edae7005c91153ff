import type { AppDeps } from '../../../platform/deps.ts';
import { expireTimed } from './promote-from-waiting-list.ts';

/*
 * Events that ask for a confirmed address (events.requires_confirmed_email): a confirmation
 * takes the seat as usual but as 'held', and only the link in the e-mail makes it
 * 'confirmed'. Made-up or foreign addresses therefore keep a seat for minutes, not for good.
 */

/**
 * Holds whose time ran out: the registration ends and the seat passes to the first person
 * waiting, or becomes free, as when someone cancels. No e-mail goes out: the address was
 * never confirmed, and mail to addresses nobody confirmed is what the hold keeps small.
 */
export function expireHolds(deps: AppDeps, now: Date): Promise<void> {
  return expireTimed(deps, 'held', now);
}
