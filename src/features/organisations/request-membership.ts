import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';
import { membersPath } from './paths.ts';
import { findOrganisationById, insertMembership, listMembersOfOrganisation } from './repository.ts';

export interface RequestMembershipOptions {
  actor: CurrentUser;
  organisationId: string;
}

/**
 * Asks to join; a second request, or one by a member, changes nothing. The organisation's
 * managers are told by e-mail in their language, at most once an hour per person asking, so
 * that asking, withdrawing and asking again does not flood them.
 */
export async function requestMembership(
  deps: Pick<AppDeps, 'db' | 'config' | 'settings'>,
  options: RequestMembershipOptions,
): Promise<'requested' | 'unchanged' | 'notFound'> {
  const { actor, organisationId } = options;
  const siteName = (await deps.settings.get()).siteName;
  return deps.db.transaction(async (tx) => {
    const organisation = await findOrganisationById(tx, organisationId);
    if (!organisation) return 'notFound';
    const created = await insertMembership(tx, { organisationId: organisation.id, userId: actor.id, role: 'member', status: 'requested' });
    if (!created) return 'unchanged';
    const managers = (await listMembersOfOrganisation(tx, organisation.id)).filter((m) => m.status === 'active' && m.role === 'manager');
    const hour = Math.floor(Date.now() / 3_600_000);
    for (const manager of managers) {
      const m = messagesFor(manager.locale).organisations.mail;
      const mail = composeMail({
        subject: m.joinRequestSubject(organisation.name),
        paragraphs: m.joinRequestBody(organisation.name, actor.displayName),
        action: { label: m.joinRequestAction, url: `${deps.config.baseUrl}${membersPath(organisation.slug)}` },
        footer: m.footer(siteName),
      });
      await queueMail(tx, { to: manager.email, ...mail }, `organisation-join-request:${organisation.id}:${actor.id}:${manager.userId}:${hour}`);
    }
    return 'requested';
  });
}
