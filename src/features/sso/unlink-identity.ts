import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { findUserById } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteIdentityOfUser } from './repository.ts';

/**
 * Removes the link to the provider. Refused for an account without a password: it could then
 * not be logged in to at all (the person would have to reset the password first).
 */
export async function unlinkIdentity(deps: AppDeps, options: { actor: CurrentUser; identityId: string }): Promise<'unlinked' | 'notFound' | 'noPassword'> {
  const user = await findUserById(deps.db, options.actor.id);
  if (!user?.passwordHash) return 'noPassword';
  return deps.db.transaction(async (tx) => {
    const removed = await deleteIdentityOfUser(tx, user.id, options.identityId);
    if (!removed) return 'notFound';
    await recordAudit(tx, options.actor, 'sso.unlinked', { type: 'user', id: user.id }, { issuer: removed.issuer }, undefined);
    return 'unlinked';
  });
}
