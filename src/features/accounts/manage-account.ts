import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { deleteUserSessions } from '../../platform/auth/session-repository.ts';
import { startSession } from '../../platform/auth/sessions.ts';
import { issueAccountToken, peekAccountToken, redeemAccountToken } from '../../platform/auth/tokens.ts';
import { findUserByEmail, findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { queueAccountMail, window } from './mails.ts';

async function loadUser(deps: AppDeps, actor: CurrentUser) {
  const user = await findUserById(deps.db, actor.id);
  if (!user || user.deletedAt) throw notFound();
  return user;
}

export async function updateProfile(deps: AppDeps, actor: CurrentUser, input: { displayName: string; locale: Locale }): Promise<void> {
  await updateUser(deps.db, actor.id, input);
}

/**
 * Changes the password after checking the current one. Every other session ends and this
 * one is replaced by a fresh session, so a stolen session cookie stops working too.
 */
export async function changePassword(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  input: { currentPassword: string; password: string },
): Promise<'ok' | 'wrongCurrent'> {
  const actor = request.user!;
  const user = await loadUser(deps, actor);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return 'wrongCurrent';
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await deleteUserSessions(tx, user.id);
    await startSession(tx, request, reply, user.id);
    await queueAccountMail(deps, tx, 'passwordChanged', user, { dedupeKey: `password-changed:${user.id}:${Date.now()}` });
  });
  return 'ok';
}

export async function requestEmailChange(
  deps: AppDeps,
  actor: CurrentUser,
  input: { newEmail: string; currentPassword: string },
): Promise<'ok' | 'wrongCurrent' | 'same'> {
  const user = await loadUser(deps, actor);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return 'wrongCurrent';
  if (input.newEmail === user.email) return 'same';
  await deps.db.transaction(async (tx) => {
    // A taken address gets no link, but the answer is the same: no account discovery.
    if (await findUserByEmail(tx, input.newEmail)) return;
    const token = await issueAccountToken(tx, user.id, 'change-email', input.newEmail);
    await queueAccountMail(
      deps,
      tx,
      'change',
      { ...user, email: input.newEmail },
      {
        link: `/konto/email/bestaetigen?token=${token}`,
        dedupeKey: `change-email:${user.id}:${input.newEmail}:${window(10)}`,
      },
    );
  });
  return 'ok';
}

/** The address a change link would move the account to; undefined for a dead link. */
export async function pendingEmailChange(deps: AppDeps, rawToken: unknown): Promise<string | undefined> {
  return (await peekAccountToken(deps.db, rawToken, 'change-email'))?.newEmail ?? undefined;
}

/** Applies a confirmed address change and tells the old address about it. */
export async function confirmEmailChange(deps: AppDeps, rawToken: unknown): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const token = await redeemAccountToken(tx, rawToken, 'change-email');
    if (!token?.newEmail) return false;
    const user = await findUserById(tx, token.userId);
    if (!user || user.deletedAt) return false;
    if (await findUserByEmail(tx, token.newEmail)) return false;
    await updateUser(tx, user.id, { email: token.newEmail, emailVerifiedAt: new Date() });
    await queueAccountMail(deps, tx, 'changedNotice', user, { newEmail: token.newEmail, dedupeKey: `email-changed:${token.tokenHash}` });
    return true;
  });
}
