import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { getDateWithEvent } from '../core/event-lookups.ts';
import { queueRegistrationMail } from './mails.ts';
import {
  confirmWhileOpen,
  findRegistrationById,
  lapseTimed,
  listDatesWithSeatsForWaiting,
  listLapsed,
  lockDate,
  lockFirstWaiting,
  lockRegistration,
  releaseSeat,
  takeSeat,
  updateRegistration,
  type RegistrationRow,
  type TimedStatus,
} from './repository.ts';

/**
 * Offers free seats of a date to the people waiting, first come first served, inside the
 * caller's transaction (which holds the date's lock). Each offer holds its seat (it counts
 * in confirmed_count) until it is accepted or runs out; it never runs beyond the start.
 */
export async function offerFreeSeats(deps: AppDeps, tx: Executor, dateId: string, now: Date, site: string): Promise<void> {
  const found = await getDateWithEvent(tx, dateId);
  if (!found || found.date.cancelledAt || found.date.startsAt.getTime() <= now.getTime()) return;
  const until = new Date(Math.min(now.getTime() + deps.config.events.offerHours * 3_600_000, found.date.startsAt.getTime()));
  for (;;) {
    const next = await lockFirstWaiting(tx, dateId);
    if (!next || !(await takeSeat(tx, dateId, { newcomer: false }))) return;
    const registration = (await updateRegistration(tx, next.id, { status: 'offered', offerExpiresAt: until }))!;
    await queueRegistrationMail(deps, tx, 'offer', { ...found, registration }, { site, dedupeKey: `offer:${registration.id}:${until.getTime()}` });
  }
}

export type PromoteOutcome = { ok: true; registration: RegistrationRow } | { ok: false; reason: 'notFound' | 'notWaiting' | 'full' };

/**
 * An editor gives someone on the waiting list a seat directly. A held offer becomes a
 * confirmed seat; otherwise a free seat is needed: promoting never overbooks a date.
 */
export async function promoteFromWaitingList(deps: AppDeps, options: { registrationId: string; actor: CurrentUser; now?: Date }): Promise<PromoteOutcome> {
  const { siteName: site } = await deps.settings.get();
  return deps.db.transaction(async (tx): Promise<PromoteOutcome> => {
    const current = await findRegistrationById(tx, options.registrationId);
    if (!current) return { ok: false, reason: 'notFound' };
    await lockDate(tx, current.dateId);
    const before = await lockRegistration(tx, current.id);
    if (!before || (before.status !== 'waiting' && before.status !== 'offered')) return { ok: false, reason: 'notWaiting' };
    if (before.status === 'waiting' && !(await takeSeat(tx, before.dateId, { newcomer: false }))) return { ok: false, reason: 'full' };
    const registration = (await updateRegistration(tx, before.id, { status: 'confirmed', offerExpiresAt: null }))!;
    const found = (await getDateWithEvent(tx, registration.dateId))!;
    await queueRegistrationMail(deps, tx, 'seatConfirmed', { ...found, registration }, { site, dedupeKey: `seat:${registration.id}` });
    await recordAudit(
      tx,
      options.actor,
      'event.registration.promote',
      { type: 'event_registration', id: registration.id },
      { status: before.status },
      { status: 'confirmed' },
    );
    return { ok: true, registration };
  });
}

export type AcceptOutcome = { ok: true; registration: RegistrationRow } | { ok: false; reason: 'expired' | 'notOffered' };

/** The person accepts the seat held for them; it is theirs if the offer is still open. */
export async function acceptOffer(deps: AppDeps, options: { registrationId: string; locale: Locale; now?: Date }): Promise<AcceptOutcome> {
  const now = options.now ?? new Date();
  const { siteName: site } = await deps.settings.get();
  return deps.db.transaction(async (tx): Promise<AcceptOutcome> => {
    const current = await findRegistrationById(tx, options.registrationId);
    // A date cancelled after the offer was made has no seat left to accept.
    const date = current && (await lockDate(tx, current.dateId));
    if (!current || !date || date.cancelledAt) return { ok: false, reason: 'notOffered' };
    const registration = await confirmWhileOpen(tx, current.id, 'offered', now);
    if (!registration) return { ok: false, reason: current.status === 'offered' ? 'expired' : 'notOffered' };
    const found = (await getDateWithEvent(tx, registration.dateId))!;
    await queueRegistrationMail(deps, tx, 'seatConfirmed', { ...found, registration }, { site, locale: options.locale, dedupeKey: `seat:${registration.id}` });
    return { ok: true, registration };
  });
}

/**
 * Offers or held seats whose time ran out: the registration ends and the seat passes to the
 * next person waiting, or becomes free, as when someone cancels. `tell` writes to the person
 * in the same transaction, if they are to be told.
 */
export async function expireTimed(
  deps: AppDeps,
  status: TimedStatus,
  now: Date,
  tell?: (tx: Executor, registration: RegistrationRow, site: string) => Promise<void>,
): Promise<void> {
  const expired = await listLapsed(deps.db, status, now);
  if (expired.length === 0) return;
  const { siteName: site } = await deps.settings.get();
  for (const entry of expired) {
    await deps.db.transaction(async (tx) => {
      await lockDate(tx, entry.dateId);
      // Another process or the person's own click may have been first: then nothing happens.
      const registration = await lapseTimed(tx, entry.id, status, now);
      if (!registration) return;
      await releaseSeat(tx, entry.dateId);
      await tell?.(tx, registration, site);
      await offerFreeSeats(deps, tx, entry.dateId, now, site);
    });
  }
}

/** Offers whose time ran out; the person is told by e-mail that the seat went on. */
export function expireOffers(deps: AppDeps, now: Date): Promise<void> {
  return expireTimed(deps, 'offered', now, async (tx, registration, site) => {
    const found = (await getDateWithEvent(tx, registration.dateId))!;
    await queueRegistrationMail(deps, tx, 'offerLapsed', { ...found, registration }, { site, dedupeKey: `offer-lapsed:${registration.id}` });
  });
}

/** Free seats of dates with a waiting list go to the people waiting (e.g. after an editor added seats). */
export async function fillFreeSeats(deps: AppDeps, now: Date): Promise<void> {
  const dateIds = await listDatesWithSeatsForWaiting(deps.db, now);
  if (dateIds.length === 0) return;
  const { siteName: site } = await deps.settings.get();
  for (const dateId of dateIds) {
    await deps.db.transaction(async (tx) => {
      await lockDate(tx, dateId);
      await offerFreeSeats(deps, tx, dateId, now, site);
    });
  }
}
