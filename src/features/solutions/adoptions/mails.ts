import { findUserById } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import { getOrganisationManagers } from '../../organisations/service.ts';
import { adoptionPath } from '../core/paths.ts';
import type { AdoptionRow } from './repository.ts';

export interface MailSite {
  baseUrl: string;
  siteName: string;
}

interface Recipient {
  userId: string;
  email: string;
  locale: Locale;
}

const adoptionUrl = (site: MailSite, adoption: AdoptionRow) => `${site.baseUrl}${adoptionPath(adoption.id)}`;

/** The owner organisation's managers get the request, each in their language, once per request and person. */
export async function queueRequestMails(
  db: Executor,
  options: { adoption: AdoptionRow; solutionTitle: string; ownerOrganisationId: string; adopterName: string; site: MailSite },
): Promise<void> {
  const { adoption, site } = options;
  for (const manager of await getOrganisationManagers(db, options.ownerOrganisationId)) {
    const m = messagesFor(manager.locale).solutionsAdoptions.mail;
    const mail = composeMail({
      subject: m.requestSubject(options.solutionTitle),
      paragraphs: [...m.requestBody(options.adopterName, options.solutionTitle), adoption.message],
      action: { label: m.requestAction, url: adoptionUrl(site, adoption) },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(db, { to: manager.email, ...mail }, `solution-adoption-request:${adoption.id}:${manager.userId}`);
  }
}

/** The adopting organisation's managers and the person who asked, once each. */
async function adopterRecipients(db: Executor, adoption: AdoptionRow): Promise<Recipient[]> {
  const recipients: Recipient[] = (await getOrganisationManagers(db, adoption.organisationId)).map((m) => ({
    userId: m.userId,
    email: m.email,
    locale: m.locale,
  }));
  const requester = adoption.requestedBy ? await findUserById(db, adoption.requestedBy) : undefined;
  if (requester && !recipients.some((r) => r.userId === requester.id))
    recipients.push({ userId: requester.id, email: requester.email, locale: requester.locale });
  return recipients;
}

/** The owner's answer, accepted or declined, with its words; a request is answered once, so once per person. */
export async function queueAnswerMails(
  db: Executor,
  options: { adoption: AdoptionRow; solutionTitle: string; ownerName: string; site: MailSite },
): Promise<void> {
  const { adoption, site } = options;
  const accepted = adoption.status === 'interested';
  for (const person of await adopterRecipients(db, adoption)) {
    const m = messagesFor(person.locale).solutionsAdoptions.mail;
    const mail = composeMail({
      subject: accepted ? m.acceptedSubject(options.solutionTitle) : m.declinedSubject(options.solutionTitle),
      paragraphs: [
        ...(accepted ? m.acceptedBody(options.ownerName, options.solutionTitle) : m.declinedBody(options.ownerName, options.solutionTitle)),
        ...(adoption.answer ? [adoption.answer] : []),
      ],
      action: { label: m.answerAction, url: adoptionUrl(site, adoption) },
      footer: m.footer(site.siteName),
      locale: person.locale,
    });
    await queueMail(db, { to: person.email, ...mail }, `solution-adoption-answer:${adoption.id}:${person.userId}`);
  }
}
