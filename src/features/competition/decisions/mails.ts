import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import { applicantRecipients } from '../core/applicant-recipient.ts';
import type { ApplicationRow } from '../core/application-repository.ts';
import { formatEuro } from '../../../platform/text/money.ts';
import { applicationPath, projectWorkspacePath } from '../core/paths.ts';

interface MailSite {
  baseUrl: string;
  siteName: string;
}

/**
 * The decision, told to the person who submitted the application (or, without that person, the
 * organisation's managers), each in their language. Queued with the release; the dedupe key
 * sends it once per person, however often the release is attempted.
 */
export async function queueDecisionMail(db: Executor, application: ApplicationRow, projectId: string | undefined, site: MailSite): Promise<void> {
  for (const to of await applicantRecipients(db, application)) {
    const t = messagesFor(to.locale);
    const m = t.competitionDecisions.mail;
    const reference = application.reference ?? '';
    const reason = application.decisionReason ? [m.reason(application.decisionReason)] : [];
    const mail =
      application.status === 'awarded'
        ? composeMail({
            subject: m.awardedSubject(reference),
            paragraphs: [...m.awardedBody(application.title, reference, formatEuro(to.locale, application.awardedCents ?? 0)), ...reason],
            action: { label: m.awardedAction, url: `${site.baseUrl}${projectId ? projectWorkspacePath(projectId) : applicationPath(application.id)}` },
            footer: t.competitionApplications.mail.footer(site.siteName),
            locale: to.locale,
          })
        : composeMail({
            subject: m.rejectedSubject(reference),
            paragraphs: [...m.rejectedBody(application.title, reference), ...reason],
            action: { label: m.rejectedAction, url: `${site.baseUrl}${applicationPath(application.id)}` },
            footer: t.competitionApplications.mail.footer(site.siteName),
            locale: to.locale,
          });
    await queueMail(db, { to: to.email, ...mail }, `competition-decision:${application.id}:${to.userId}`);
  }
}
