import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { getDateWithEvent } from '../core/event-lookups.ts';
import { offerFreeSeats } from './promote-from-waiting-list.ts';
import { queueRegistrationMail } from './mails.ts';
import { findRegistrationById, lockDate, lockRegistration, releaseSeat, updateRegistration, type RegistrationRow } from './repository.ts';

export type CancelOutcome = { ok: true; registration: RegistrationRow } | { ok: false; reason: 'notFound' | 'alreadyCancelled' | 'started' };

/**
 * Cancels a registration, by the person (actor null, through their link) or by an editor
 * (audited). A seat it held is freed and, in the same transaction, offered to the first
 * person waiting. People may cancel until the start; editors also afterwards.
 */
export async function cancelRegistration(
  deps: AppDeps,
  options: { registrationId: string; actor: CurrentUser | null; locale?: Locale; now?: Date },
): Promise<CancelOutcome> {
  const now = options.now ?? new Date();
  const { siteName: site } = await deps.settings.get();
  return deps.db.transaction(async (tx): Promise<CancelOutcome> => {
    const current = await findRegistrationById(tx, options.registrationId);
    if (!current || current.anonymisedAt) return { ok: false, reason: 'notFound' };
    const date = await lockDate(tx, current.dateId);
    const before = await lockRegistration(tx, current.id);
    if (!date || !before) return { ok: false, reason: 'notFound' };
    if (before.status === 'cancelled') return { ok: false, reason: 'alreadyCancelled' };
    if (!options.actor && date.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'started' };
    const registration = (await updateRegistration(tx, before.id, { status: 'cancelled', cancelledAt: now }))!;
    if (before.status === 'confirmed' || before.status === 'offered' || before.status === 'held') {
      await releaseSeat(tx, before.dateId);
      await offerFreeSeats(deps, tx, before.dateId, now, site);
    }
    const found = (await getDateWithEvent(tx, before.dateId))!;
    await queueRegistrationMail(
      deps,
      tx,
      'cancelled',
      { ...found, registration },
      {
        site,
        ...(options.locale ? { locale: options.locale } : {}),
        dedupeKey: `cancelled:${registration.id}`,
      },
    );
    if (options.actor) {
      await recordAudit(
        tx,
        options.actor,
        'event.registration.cancel',
        { type: 'event_registration', id: registration.id },
        { status: before.status },
        { status: 'cancelled' },
      );
    }
    return { ok: true, registration };
  });
}
