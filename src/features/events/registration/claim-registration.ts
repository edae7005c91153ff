import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database } from '../../../platform/db/client.ts';
import { findRegistrationById, linkRegistrationToUser } from './repository.ts';

export type ClaimOutcome = { ok: true } | { ok: false; reason: 'otherAccount' };

/**
 * A signed-in person links a registration made without an account to their account, from
 * the registration's own manage link: holding that link (it reached the registration's
 * address by e-mail) is the proof, never an account address that happens to match. From
 * then on the data export and the account deletion include the registration. A registration
 * that belongs to another account stays with it; claiming one's own again changes nothing.
 */
export async function claimRegistration(db: Database, options: { registrationId: string; actor: CurrentUser }): Promise<ClaimOutcome> {
  const { registrationId, actor } = options;
  return db.transaction(async (tx): Promise<ClaimOutcome> => {
    if (await linkRegistrationToUser(tx, registrationId, actor.id)) {
      await recordAudit(tx, actor, 'event.registration.claim', { type: 'event_registration', id: registrationId }, { userId: null }, { userId: actor.id });
      return { ok: true };
    }
    const current = await findRegistrationById(tx, registrationId);
    return current?.userId === actor.id ? { ok: true } : { ok: false, reason: 'otherAccount' };
  });
}
