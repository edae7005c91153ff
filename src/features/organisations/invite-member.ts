import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';
import { INVITATIONS_PATH } from './paths.ts';
import { findMembership, insertInvitation } from './repository.ts';
import { auditSubject, invitationSnapshot, lockManagedOrganisation, type ManagerRefusal } from './rules.ts';
import type { MembershipRole } from './tables.ts';

/** The limits of invitation e-mails; their numbers and reasons are declared with the route (member-routes.ts). */
export interface InvitationMailLimits {
  /** e-mails of one organisation; past it nothing is invited */
  invitationMailsPerOrganisation: Limit;
  /** e-mails of one organisation to one address; past it the invitation is saved without one */
  invitationMailsPerAddress: Limit;
}

export interface InviteMemberOptions {
  actor: CurrentUser;
  organisationId: string;
  /** the address the invitation goes to; the person accepts with an account of this address */
  email: string;
  /** the role the person gets on accepting */
  role: MembershipRole;
  limits: InvitationMailLimits;
}

export type InviteOutcome = 'invited' | 'invitedWithoutMail' | 'unchanged' | 'alreadyMember' | 'tooManyInvitations' | ManagerRefusal;

// Thrown to roll back the invitation past the organisation's limit: then nothing is invited.
class OverLimit extends Error {}

/**
 * Invites an address into the organisation and queues the e-mail, in the recipient's
 * language if they have an account. Inviting an address that has an open invitation
 * already changes nothing, so a double submit sends one e-mail. An address that got an
 * invitation e-mail of this organisation within the limit's window gets the invitation
 * without another e-mail; past the organisation's number of e-mails nothing is invited.
 */
export async function inviteMember(deps: Pick<AppDeps, 'db' | 'config' | 'settings' | 'keyring'>, options: InviteMemberOptions): Promise<InviteOutcome> {
  const { actor, organisationId, role, limits } = options;
  const siteName = (await deps.settings.get()).siteName;
  try {
    return await deps.db.transaction(async (tx): Promise<InviteOutcome> => {
      const organisation = await lockManagedOrganisation(tx, actor, organisationId);
      if (typeof organisation === 'string') return organisation;
      // Accounts store addresses lower-cased; an invitation must match them exactly.
      const email = options.email.trim().toLowerCase();
      const invitee = await findUserByEmail(tx, email);
      const existing = invitee && (await findMembership(tx, organisation.id, invitee.id));
      if (existing?.status === 'active') return 'alreadyMember';
      const invitation = await insertInvitation(tx, { organisationId: organisation.id, email, role, invitedBy: actor.id });
      if (!invitation) return 'unchanged';
      await recordAudit(tx, actor, 'invitation.create', auditSubject(organisation.id), null, invitationSnapshot(invitation));
      // Counted in this transaction and only after the manager's rights were checked, so that
      // nobody else can use up an organisation's e-mails and a refused invitation counts nothing.
      const counters = { db: tx, keyring: deps.keyring };
      if (!(await withinLimit(counters, limits.invitationMailsPerAddress, `${organisation.id} ${email}`))) return 'invitedWithoutMail';
      if (!(await withinLimit(counters, limits.invitationMailsPerOrganisation, organisation.id))) throw new OverLimit();
      const m = messagesFor(invitee?.locale ?? 'de');
      const mail = composeMail({
        subject: m.organisations.mail.inviteSubject(organisation.name),
        paragraphs: m.organisations.mail.inviteBody(organisation.name, actor.displayName, m.organisations.roles[role]),
        action: { label: m.organisations.mail.inviteAction, url: `${deps.config.baseUrl}${INVITATIONS_PATH}` },
        footer: m.organisations.mail.footer(siteName),
      });
      await queueMail(tx, { to: invitation.email, ...mail }, `organisation-invitation:${invitation.id}`);
      return 'invited';
    });
  } catch (error) {
    if (error instanceof OverLimit) return 'tooManyInvitations';
    throw error;
  }
}
