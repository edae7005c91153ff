import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { findUserByEmail, findUserById } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import { withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';
import {
  deleteInvitation,
  findInvitationById,
  findMembership,
  insertInvitation,
  insertMembership,
  listOpenInvitationsForEmail,
  lockOrganisation,
  markInvitationAccepted,
  updateMembership,
  type InvitationForPersonRow,
  type InvitationRow,
  type OrganisationRow,
} from './repository.ts';
import { lockManagedOrganisation, membershipSnapshot, OrganisationRuleError } from './rules.ts';
import type { MembershipRole } from './tables.ts';

export type { InvitationForPersonRow };

export const INVITATIONS_PATH = '/konto/einladungen';

/**
 * Invitation e-mails go out in the platform's name to any address a manager types in. A
 * council or a project team invited at once stays below this; a taken-over manager account
 * cannot use the platform to send more (spam, and the reputation of the sending domain, on
 * which every other e-mail of the platform depends).
 */
export const INVITATION_MAILS_PER_ORGANISATION_PER_HOUR = 20;

const INVITATION_MAIL_LIMITS = {
  perOrganisation: { name: 'invitation-mail:organisation', max: INVITATION_MAILS_PER_ORGANISATION_PER_HOUR, windowSeconds: 60 * 60 },
  // Withdrawing and inviting again must not become a way to mail someone over and over.
  perAddress: { name: 'invitation-mail:organisation+address', max: 1, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

const subject = (organisationId: string) => ({ type: 'organisation', id: organisationId });
const invitationSnapshot = (i: InvitationRow) => ({ invitationId: i.id, email: i.email, role: i.role });

/**
 * Invites an address into the organisation and queues the e-mail, in the recipient's
 * language if they have an account. Inviting an address that has an open invitation
 * already changes nothing, so a double submit sends one e-mail. An address that got an
 * invitation e-mail of this organisation within the hour gets the invitation without
 * another e-mail; past the organisation's hourly number of e-mails nothing is invited.
 */
export async function inviteToOrganisation(
  deps: Pick<AppDeps, 'db' | 'config' | 'settings' | 'keyring'>,
  actor: CurrentUser,
  slug: string,
  input: { email: string; role: MembershipRole },
): Promise<'invited' | 'invitedWithoutMail' | 'unchanged'> {
  const siteName = (await deps.settings.get()).siteName;
  return deps.db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    // Accounts store addresses lower-cased; an invitation must match them exactly.
    const email = input.email.trim().toLowerCase();
    const invitee = await findUserByEmail(tx, email);
    const existing = invitee && (await findMembership(tx, organisation.id, invitee.id));
    if (existing?.status === 'active') throw new OrganisationRuleError('alreadyMember');
    const invitation = await insertInvitation(tx, { organisationId: organisation.id, email, role: input.role, invitedBy: actor.id });
    if (!invitation) return 'unchanged';
    await recordAudit(tx, actor, 'invitation.create', subject(organisation.id), null, invitationSnapshot(invitation));
    // Counted in this transaction and only after the manager's rights were checked, so that
    // nobody else can use up an organisation's e-mails and a refused invitation counts nothing.
    const limits = { db: tx, keyring: deps.keyring };
    if (!(await withinLimit(limits, INVITATION_MAIL_LIMITS.perAddress, `${organisation.id} ${email}`))) return 'invitedWithoutMail';
    if (!(await withinLimit(limits, INVITATION_MAIL_LIMITS.perOrganisation, organisation.id))) throw new OrganisationRuleError('tooManyInvitations');
    const m = messagesFor(invitee?.locale ?? 'de');
    const mail = composeMail({
      subject: m.organisations.mail.inviteSubject(organisation.name),
      paragraphs: m.organisations.mail.inviteBody(organisation.name, actor.displayName, m.organisations.roles[input.role]),
      action: { label: m.organisations.mail.inviteAction, url: `${deps.config.baseUrl}${INVITATIONS_PATH}` },
      footer: m.organisations.mail.footer(siteName),
    });
    await queueMail(tx, { to: invitation.email, ...mail }, `organisation-invitation:${invitation.id}`);
    return 'invited';
  });
}

/** Takes back an open invitation; one already gone or accepted is left as it is. */
export async function revokeInvitation(db: Executor, actor: CurrentUser, slug: string, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await lockManagedOrganisation(tx, actor, slug);
    const invitation = await findInvitationById(tx, invitationId);
    if (!invitation || invitation.organisationId !== organisation.id || invitation.acceptedAt) return;
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, actor, 'invitation.revoke', subject(organisation.id), invitationSnapshot(invitation), null);
  });
}

export interface MyInvitations {
  invitations: InvitationForPersonRow[];
  /**
   * Invitations are matched by address, so only a confirmed address sees and answers them;
   * otherwise anyone could sign up with someone else's address and take their place.
   */
  verified: boolean;
}

async function isVerified(db: Executor, actor: CurrentUser): Promise<boolean> {
  return Boolean((await findUserById(db, actor.id))?.emailVerifiedAt);
}

/** Open invitations to the signed-in person's address, once that address is confirmed. */
export async function getMyInvitations(db: Executor, actor: CurrentUser): Promise<MyInvitations> {
  if (!(await isVerified(db, actor))) return { invitations: [], verified: false };
  return { invitations: await listOpenInvitationsForEmail(db, actor.email), verified: true };
}

/**
 * Accepts an invitation: the person becomes an active member with the invited role, or
 * keeps the higher role they have. Returns the organisation; accepting twice changes nothing.
 */
export async function acceptInvitation(db: Executor, actor: CurrentUser, invitationId: string): Promise<OrganisationRow> {
  return db.transaction(async (tx) => {
    if (!(await isVerified(tx, actor))) throw forbidden();
    const found = await findInvitationById(tx, invitationId);
    if (!found || found.email !== actor.email.toLowerCase()) throw notFound();
    const organisation = await lockOrganisation(tx, found.organisationId);
    // Read again under the lock: a parallel accept of the same invitation may just have ended.
    const invitation = await findInvitationById(tx, invitationId);
    if (!organisation || !invitation) throw notFound();
    if (invitation.acceptedAt) return organisation;
    const before = await findMembership(tx, organisation.id, actor.id);
    const role: MembershipRole = before?.status === 'active' && before.role === 'manager' ? 'manager' : invitation.role;
    if (before?.status === 'active') await updateMembership(tx, organisation.id, actor.id, { role });
    else if (before) await updateMembership(tx, organisation.id, actor.id, { role, status: 'active', decidedAt: new Date() });
    else await insertMembership(tx, { organisationId: organisation.id, userId: actor.id, role, status: 'active', decidedAt: new Date() });
    await markInvitationAccepted(tx, invitation.id);
    await recordAudit(
      tx,
      actor,
      'invitation.accept',
      subject(organisation.id),
      { ...invitationSnapshot(invitation), membership: before ? membershipSnapshot(before) : null },
      membershipSnapshot({ userId: actor.id, role, status: 'active' }),
    );
    return organisation;
  });
}

/** Declines an invitation; declining one that is gone already changes nothing. */
export async function declineInvitation(db: Executor, actor: CurrentUser, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await isVerified(tx, actor))) throw forbidden();
    const invitation = await findInvitationById(tx, invitationId);
    if (!invitation || invitation.email !== actor.email.toLowerCase() || invitation.acceptedAt) return;
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, actor, 'invitation.decline', subject(invitation.organisationId), invitationSnapshot(invitation), null);
  });
}
