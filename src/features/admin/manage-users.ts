import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { deleteUserSessions } from '../../platform/auth/session-repository.ts';
import { countUsersWithRole, findUserById, updateUser, type UserRow } from '../../platform/auth/user-repository.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Database } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/http/errors.ts';

export type UserChangeResult = 'ok' | 'lastAdmin' | 'notSelf';

function auditView(user: UserRow) {
  return { siteRole: user.siteRole, disabled: Boolean(user.disabledAt) };
}

async function loadLiveUser(db: Database, id: string): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user || user.deletedAt) throw notFound();
  return user;
}

/**
 * Gives an account another site role. Administrators cannot demote themselves, and the
 * installation always keeps one active administrator, so nobody locks everybody out.
 */
export async function changeUserRole(db: Database, actor: CurrentUser, userId: string, role: SiteRole): Promise<UserChangeResult> {
  const user = await loadLiveUser(db, userId);
  if (user.siteRole === role) return 'ok';
  if (user.id === actor.id) return 'notSelf';
  return db.transaction(async (tx) => {
    if (user.siteRole === 'admin' && !user.disabledAt && (await countUsersWithRole(tx, 'admin')) <= 1) return 'lastAdmin';
    const updated = await updateUser(tx, user.id, { siteRole: role });
    await recordAudit(tx, actor, 'user.role', { type: 'user', id: user.id }, auditView(user), updated && auditView(updated));
    return 'ok';
  });
}

/** Disables or re-enables an account; disabling ends its sessions at once. */
export async function setUserDisabled(db: Database, actor: CurrentUser, userId: string, disabled: boolean): Promise<UserChangeResult> {
  const user = await loadLiveUser(db, userId);
  if (Boolean(user.disabledAt) === disabled) return 'ok';
  if (user.id === actor.id) return 'notSelf';
  return db.transaction(async (tx) => {
    if (disabled && user.siteRole === 'admin' && (await countUsersWithRole(tx, 'admin')) <= 1) return 'lastAdmin';
    const updated = await updateUser(tx, user.id, { disabledAt: disabled ? new Date() : null });
    if (disabled) await deleteUserSessions(tx, user.id);
    await recordAudit(tx, actor, disabled ? 'user.disable' : 'user.enable', { type: 'user', id: user.id }, auditView(user), updated && auditView(updated));
    return 'ok';
  });
}
