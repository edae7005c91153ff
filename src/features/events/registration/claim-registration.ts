import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findRegistrationById, linkRegistrationToUser } from './repository.ts';

export interface ClaimRegistrationOptions {
  actor: CurrentUser;
  registrationId: string;
}

/** `otherAccount`: the registration belongs to another account and stays with it. */
export type ClaimOutcome = 'claimed' | 'otherAccount';

/**
 * A signed-in person links a registration made without an account to their account, from
 * the registration's own manage link: holding that link (it reached the registration's
 * address by e-mail) is the proof, never an account address that happens to match. From
 * then on the data export and the account deletion include the registration. A registration
 * that belongs to another account stays with it; claiming one's own again changes nothing.
 */
export async function claimRegistration(deps: Pick<AppDeps, 'db'>, options: ClaimRegistrationOptions): Promise<ClaimOutcome> {
  const { registrationId, actor } = options;
  return deps.db.transaction(async (tx): Promise<ClaimOutcome> => {
    if (await linkRegistrationToUser(tx, registrationId, actor.id)) {
      await recordAudit(tx, actor, 'event.registration.claim', { type: 'event_registration', id: registrationId }, { userId: null }, { userId: actor.id });
      return 'claimed';
    }
    const current = await findRegistrationById(tx, registrationId);
    return current?.userId === actor.id ? 'claimed' : 'otherAccount';
  });
}
