import { listActiveUsersWithRoles } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { getOrganisationById, getOrganisationManagers } from '../../organisations/service.ts';
import { challengePath, editorChallengePath, ownerChallengePath } from '../core/paths.ts';
import type { ChallengeRow } from '../core/repository.ts';

/*
 * The mails of the approval, queued in the transaction of the change that causes them, each
 * person in their own language. The keys send each mail once per person and step: a repeated
 * request (double click) queues nothing more.
 */

/** Tells every active editor and administrator that a challenge waits for their approval. */
export async function queueReviewRequestMails(tx: Executor, challenge: ChallengeRow, site: MailSite): Promise<void> {
  const organisation = (await getOrganisationById(tx, challenge.organisationId))?.name ?? '';
  const step = challenge.sentForReviewAt?.getTime() ?? challenge.updatedAt.getTime();
  for (const editor of await listActiveUsersWithRoles(tx, ['editor', 'admin'])) {
    const m = messagesFor(editor.locale).challengesAuthoring.mail;
    const mail = composeMail({
      subject: m.reviewSubject(challenge.title),
      paragraphs: [m.reviewBody(organisation, challenge.title)],
      action: { label: m.reviewAction, url: `${site.baseUrl}${editorChallengePath(challenge.id)}` },
      footer: m.footer(site.siteName),
      locale: editor.locale,
    });
    await queueMail(tx, { to: editor.email, ...mail }, `challenge-review:${challenge.id}:${step}:${editor.id}`);
  }
}

/** Tells the organisation's managers that their challenge is public now. */
export async function queueApprovedMails(tx: Executor, challenge: ChallengeRow, site: MailSite): Promise<void> {
  for (const manager of await getOrganisationManagers(tx, challenge.organisationId)) {
    const m = messagesFor(manager.locale).challengesAuthoring.mail;
    const mail = composeMail({
      subject: m.approvedSubject(challenge.title),
      paragraphs: [m.approvedBody(challenge.title)],
      action: { label: m.approvedAction, url: `${site.baseUrl}${challengePath(challenge.slug)}` },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(tx, { to: manager.email, ...mail }, `challenge-approved:${challenge.id}:${manager.userId}`);
  }
}

/** Tells the organisation's managers that the editors gave their challenge back, and why. */
export async function queueReturnedMails(tx: Executor, challenge: ChallengeRow, site: MailSite): Promise<void> {
  for (const manager of await getOrganisationManagers(tx, challenge.organisationId)) {
    const m = messagesFor(manager.locale).challengesAuthoring.mail;
    const mail = composeMail({
      subject: m.returnedSubject(challenge.title),
      paragraphs: [m.returnedBody(challenge.title), challenge.reviewNote],
      action: { label: m.returnedAction, url: `${site.baseUrl}${ownerChallengePath(challenge.id)}` },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(tx, { to: manager.email, ...mail }, `challenge-returned:${challenge.id}:${challenge.updatedAt.getTime()}:${manager.userId}`);
  }
}
