import { recordAudit } from '../../platform/audit/record.ts';
import { verifyPassword } from '../../platform/auth/password.ts';
import { findUserById } from '../../platform/auth/user-repository.ts';
import { randomToken } from '../../platform/crypto.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { applyRole, browserLinkHash, mailLinkHash, type RoleOutcome } from './finish-login.ts';
import { LINK_MINUTES } from './lifetimes.ts';
import { queueLinkMail } from './mails.ts';
import { findIdentity, findPendingLink, insertIdentity, insertPendingLink, takePendingLink, type PendingLink } from './repository.ts';

const notBefore = () => new Date(Date.now() - LINK_MINUTES * 60_000);

/** The pending link the browser's key names, if it is still open. */
export function openLinkOfBrowser(deps: AppDeps, linkKey: string): Promise<PendingLink | undefined> {
  return findPendingLink(deps.db, browserLinkHash(linkKey), notBefore());
}

export function openLinkOfMail(deps: AppDeps, token: string): Promise<PendingLink | undefined> {
  return findPendingLink(deps.db, mailLinkHash(token), notBefore());
}

export type LinkOutcome = { kind: 'linked'; userId: string; roleOutcome: RoleOutcome } | { kind: 'expired' } | { kind: 'wrongPassword' };

/**
 * The person proves with the account's password that the account is theirs; then the identity
 * is linked. The pending link is used up only on success, so a mistyped password can be retried.
 */
export async function linkWithPassword(deps: AppDeps, options: { linkKey: string; password: string }): Promise<LinkOutcome> {
  const open = await openLinkOfBrowser(deps, options.linkKey);
  if (!open) return { kind: 'expired' };
  const user = await findUserById(deps.db, open.userId);
  if (!user?.passwordHash || user.disabledAt || user.deletedAt) return { kind: 'expired' };
  if (!(await verifyPassword(user.passwordHash, options.password))) return { kind: 'wrongPassword' };
  return deps.db.transaction(async (tx) => {
    const pending = await takePendingLink(tx, browserLinkHash(options.linkKey));
    return pending ? link(tx, pending, 'password') : { kind: 'expired' };
  });
}

/**
 * For an account without a password: the proof is a link mailed to the account's address. The
 * mail carries a key of its own, so the browser that came from the provider cannot confirm alone.
 */
export async function sendLinkMail(deps: AppDeps, options: { linkKey: string; locale: Locale }): Promise<'sent' | 'expired'> {
  return deps.db.transaction(async (tx) => {
    const pending = await takePendingLink(tx, browserLinkHash(options.linkKey));
    const user = pending && (await findUserById(tx, pending.userId));
    if (!pending || !user || user.disabledAt || user.deletedAt) return 'expired';
    const token = randomToken();
    await insertPendingLink(tx, { ...pending, keyHash: mailLinkHash(token) });
    await queueLinkMail(deps, tx, { to: user, link: `/anmelden/sso/verknuepfen/bestaetigen?token=${token}`, issuer: pending.issuer });
    return 'sent';
  });
}

export async function linkByMail(deps: AppDeps, options: { token: string }): Promise<LinkOutcome> {
  return deps.db.transaction(async (tx) => {
    const pending = await takePendingLink(tx, mailLinkHash(options.token));
    if (!pending || pending.createdAt < notBefore()) return { kind: 'expired' };
    return link(tx, pending, 'mail');
  });
}

async function link(tx: Executor, pending: PendingLink, proof: 'password' | 'mail'): Promise<LinkOutcome> {
  const user = await findUserById(tx, pending.userId);
  if (!user || user.disabledAt || user.deletedAt) return { kind: 'expired' };
  const identity = await insertIdentity(tx, { userId: user.id, issuer: pending.issuer, subject: pending.subject, email: pending.email });
  if (!identity) {
    // linked meanwhile: to this account (a second click) is done; to another is not this person's to take
    const linked = await findIdentity(tx, pending.issuer, pending.subject);
    return linked?.userId === user.id ? { kind: 'linked', userId: user.id, roleOutcome: 'kept' } : { kind: 'expired' };
  }
  await recordAudit(tx, user, `sso.linked-by-${proof}`, { type: 'user', id: user.id }, undefined, { issuer: pending.issuer });
  const roleOutcome = await applyRole(tx, user, (pending.mappedRole as SiteRole | null) ?? undefined);
  return { kind: 'linked', userId: user.id, roleOutcome };
}
