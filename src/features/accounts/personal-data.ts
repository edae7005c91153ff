import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { verifyPassword } from '../../platform/auth/password.ts';
import { deleteUserSessions } from '../../platform/auth/session-repository.ts';
import { deleteUserTokens } from '../../platform/auth/token-repository.ts';
import { findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps, PersonalDataProvider } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { deleteConsents, listConsents } from './repository.ts';

/** The account's own part of the export and of the deletion. */
export const accountPersonalData: PersonalDataProvider = {
  key: 'account',
  export: async (db, userId) => {
    const user = await findUserById(db, userId);
    if (!user) return null;
    return {
      email: user.email,
      displayName: user.displayName,
      siteRole: user.siteRole,
      locale: user.locale,
      emailVerifiedAt: user.emailVerifiedAt,
      createdAt: user.createdAt,
      consents: await listConsents(db, userId),
    };
  },
  erase: async (tx, userId) => {
    await deleteConsents(tx, userId);
    await deleteUserTokens(tx, userId);
    await deleteUserSessions(tx, userId);
    // The row stays so that what the programme keeps (audit entries, applications) still
    // points somewhere, but nothing in it identifies the person any more.
    await updateUser(tx, userId, {
      email: `deleted-${userId}@invalid`,
      displayName: messagesFor('de').accounts.deletion.deletedName,
      passwordHash: null,
      emailVerifiedAt: null,
      siteRole: 'member',
      deletedAt: new Date(),
    });
  },
};

/** Everything the platform holds about the person, as one JSON document (Art. 15/20 DSGVO). */
export async function exportPersonalData(deps: AppDeps, actor: CurrentUser): Promise<Record<string, unknown>> {
  const parts: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const provider of deps.personalData) parts[provider.key] = await provider.export(deps.db, actor.id);
  return parts;
}

/**
 * Deletes the account after checking the password: every feature removes or anonymises
 * its part in one transaction, so a failure leaves the account as it was.
 */
export async function deleteAccount(deps: AppDeps, actor: CurrentUser, currentPassword: string): Promise<'ok' | 'wrongCurrent'> {
  const user = await findUserById(deps.db, actor.id);
  if (!user || user.deletedAt) throw notFound();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return 'wrongCurrent';
  await deps.db.transaction(async (tx) => {
    // The account's own provider runs last: the others may still need the user row intact.
    const ordered = [...deps.personalData.filter((p) => p.key !== 'account'), ...deps.personalData.filter((p) => p.key === 'account')];
    for (const provider of ordered) await provider.erase(tx, user.id);
    await recordAudit(tx, null, 'account.delete', { type: 'user', id: user.id });
  });
  return 'ok';
}
