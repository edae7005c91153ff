import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';
import { notFound } from '../../platform/http/errors.ts';
import {
  deleteMembership,
  findMembership,
  findOrganisationBySlug,
  insertMembership,
  listMembershipsOfUser,
  listMembersOfOrganisation,
  listOpenInvitationsOfOrganisation,
  lockOrganisation,
  updateMembership,
  type MemberRow,
  type OpenInvitationRow,
  type OrganisationRow,
  type UserMembershipRow,
} from './repository.ts';
import { keepOneManager, lockManagedOrganisation, membershipSnapshot } from './rules.ts';
import { getOrganisationForManagement, organisationPath } from './service.ts';
import type { MembershipRole } from './tables.ts';

export type { MemberRow, OpenInvitationRow, UserMembershipRow };

const subject = (organisationId: string) => ({ type: 'organisation', id: organisationId });

/** A person's memberships and open requests, with each organisation's name ("Mein Konto", data export). */
export async function getMembershipsOfUser(db: Executor, userId: string): Promise<UserMembershipRow[]> {
  return listMembershipsOfUser(db, userId);
}

/**
 * Asks to join; a second request, or one by a member, changes nothing. The organisation's
 * managers are told by e-mail in their language, at most once an hour per person asking, so
 * that asking, withdrawing and asking again does not flood them.
 */
export async function requestMembership(
  deps: Pick<AppDeps, 'db' | 'config' | 'settings'>,
  actor: CurrentUser,
  slug: string,
): Promise<'requested' | 'unchanged'> {
  const siteName = (await deps.settings.get()).siteName;
  return deps.db.transaction(async (tx) => {
    const organisation = await findOrganisationBySlug(tx, slug);
    if (!organisation) throw notFound();
    const created = await insertMembership(tx, { organisationId: organisation.id, userId: actor.id, role: 'member', status: 'requested' });
    if (!created) return 'unchanged';
    const managers = (await listMembersOfOrganisation(tx, organisation.id)).filter((m) => m.status === 'active' && m.role === 'manager');
    const hour = Math.floor(Date.now() / 3_600_000);
    for (const manager of managers) {
      const m = messagesFor(manager.locale).organisations.mail;
      const mail = composeMail({
        subject: m.joinRequestSubject(organisation.name),
        paragraphs: m.joinRequestBody(organisation.name, actor.displayName),
        action: { label: m.joinRequestAction, url: `${deps.config.baseUrl}${organisationPath(organisation.slug)}/mitglieder` },
        footer: m.footer(siteName),
      });
      await queueMail(tx, { to: manager.email, ...mail }, `organisation-join-request:${organisation.id}:${actor.id}:${manager.userId}:${hour}`);
    }
    return 'requested';
  });
}

/** Leaves the organisation, or withdraws an open request. The last manager cannot leave. */
export async function leaveOrganisation(db: Executor, actor: CurrentUser, slug: string): Promise<'left' | 'withdrawn' | 'unchanged'> {
  return db.transaction(async (tx) => {
    const found = await findOrganisationBySlug(tx, slug);
    const organisation = found && (await lockOrganisation(tx, found.id));
    if (!organisation) throw notFound();
    const membership = await findMembership(tx, organisation.id, actor.id);
    if (!membership) return 'unchanged';
    await keepOneManager(tx, organisation.id, membership);
    await deleteMembership(tx, organisation.id, actor.id);
    if (membership.status === 'requested') return 'withdrawn';
    await recordAudit(tx, actor, 'membership.leave', subject(organisation.id), membershipSnapshot(membership), null);
    return 'left';
  });
}

export interface MemberAdministration {
  organisation: OrganisationRow;
  members: MemberRow[];
  requests: MemberRow[];
  invitations: OpenInvitationRow[];
}

/** Everything the member page shows; for the organisation's managers and administrators. */
export async function getMemberAdministration(db: Executor, actor: CurrentUser, slug: string): Promise<MemberAdministration> {
  const organisation = await getOrganisationForManagement(db, actor, slug);
  const all = await listMembersOfOrganisation(db, organisation.id);
  return {
    organisation,
    members: all.filter((m) => m.status === 'active'),
    requests: all.filter((m) => m.status === 'requested'),
    invitations: await listOpenInvitationsOfOrganisation(db, organisation.id),
  };
}

/** Accepts a request to join. Accepting twice changes nothing. */
export async function acceptRequest(db: Executor, actor: CurrentUser, slug: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    const before = await findMembership(tx, organisation.id, userId);
    if (!before) throw notFound();
    if (before.status !== 'requested') return;
    const after = await updateMembership(tx, organisation.id, userId, { status: 'active', decidedAt: new Date() });
    await recordAudit(tx, actor, 'membership.accept', subject(organisation.id), membershipSnapshot(before), after && membershipSnapshot(after));
  });
}

/** Declines a request to join; the person may ask again later. */
export async function declineRequest(db: Executor, actor: CurrentUser, slug: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    const before = await findMembership(tx, organisation.id, userId);
    if (!before || before.status !== 'requested') return;
    await deleteMembership(tx, organisation.id, userId);
    await recordAudit(tx, actor, 'membership.decline', subject(organisation.id), membershipSnapshot(before), null);
  });
}

/** Makes an active member a manager or a manager a member; the last manager stays one. */
export async function changeRole(db: Executor, actor: CurrentUser, slug: string, userId: string, role: MembershipRole): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    const before = await findMembership(tx, organisation.id, userId);
    if (!before || before.status !== 'active') throw notFound();
    if (before.role === role) return;
    if (role !== 'manager') await keepOneManager(tx, organisation.id, before);
    const after = await updateMembership(tx, organisation.id, userId, { role });
    await recordAudit(tx, actor, 'membership.role', subject(organisation.id), membershipSnapshot(before), after && membershipSnapshot(after));
  });
}

/** Removes an active member; the last manager cannot be removed. */
export async function removeMember(db: Executor, actor: CurrentUser, slug: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    const before = await findMembership(tx, organisation.id, userId);
    if (!before || before.status !== 'active') return;
    await keepOneManager(tx, organisation.id, before);
    await deleteMembership(tx, organisation.id, userId);
    await recordAudit(tx, actor, 'membership.remove', subject(organisation.id), membershipSnapshot(before), null);
  });
}
