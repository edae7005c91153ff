import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { verifyPassword } from '../../platform/auth/password.ts';
import { issueAccountToken, peekAccountToken, redeemAccountToken } from '../../platform/auth/tokens.ts';
import { deleteUserSessions } from '../../platform/auth/session-repository.ts';
import { deleteUserTokens } from '../../platform/auth/token-repository.ts';
import { findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps, PersonalDataProvider } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { queueAccountMail, window } from './mails.ts';
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
  await deps.db.transaction((tx) => eraseAccount(deps, tx, user.id, 'password'));
  return 'ok';
}

/**
 * An account without a password (it logs in only through single sign-on) proves the request
 * with a link mailed to its address instead: a session taken over in a browser left open is
 * not enough to delete someone. Accounts with a password use it (`hasPassword`).
 */
export async function requestDeletionMail(deps: AppDeps, actor: CurrentUser): Promise<'sent' | 'hasPassword'> {
  const user = await findUserById(deps.db, actor.id);
  if (!user || user.deletedAt) throw notFound();
  if (user.passwordHash) return 'hasPassword';
  await deps.db.transaction(async (tx) => {
    const token = await issueAccountToken(tx, user.id, 'delete-account');
    // a double submit sends one mail; its link stays valid beside the unsent one
    await queueAccountMail(deps, tx, 'deleteAccount', user, {
      link: `/konto/loeschen/bestaetigen?token=${token}`,
      dedupeKey: `delete-account:${user.id}:${window(10)}`,
    });
  });
  return 'sent';
}

/** Whether the mailed deletion link still works (the page with the button). */
export async function isDeletionTokenUsable(deps: AppDeps, rawToken: unknown): Promise<boolean> {
  return !!(await peekAccountToken(deps.db, rawToken, 'delete-account'));
}

/** Deletes the account whose mailed link this is; the link alone is the proof, in whichever browser it is opened. */
export async function deleteAccountByMail(deps: AppDeps, rawToken: unknown): Promise<{ kind: 'deleted'; userId: string } | { kind: 'invalid' }> {
  return deps.db.transaction(async (tx) => {
    const token = await redeemAccountToken(tx, rawToken, 'delete-account');
    const user = token && (await findUserById(tx, token.userId));
    // a password set after the mail was sent is the proof to ask for from then on
    if (!user || user.deletedAt || user.passwordHash) return { kind: 'invalid' };
    await eraseAccount(deps, tx, user.id, 'mail');
    return { kind: 'deleted', userId: user.id };
  });
}

async function eraseAccount(deps: AppDeps, tx: Executor, userId: string, proof: 'password' | 'mail'): Promise<void> {
  // The account's own provider runs last: the others may still need the user row intact.
  const ordered = [...deps.personalData.filter((p) => p.key !== 'account'), ...deps.personalData.filter((p) => p.key === 'account')];
  for (const provider of ordered) await provider.erase(tx, userId);
  await recordAudit(tx, null, proof === 'mail' ? 'account.delete-by-mail' : 'account.delete', { type: 'user', id: userId });
}
