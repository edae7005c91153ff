import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { applicantRecipients } from '../core/applicant-recipient.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import { applicationPath } from '../core/paths.ts';
import type { ApplicationRow } from './repository.ts';

interface MailSite {
  baseUrl: string;
  siteName: string;
}

/** The receipt with the application's PDF; sent once per application and person however often the job runs. */
export async function queueReceiptMail(db: Executor, application: ApplicationRow, pdf: Buffer, site: MailSite): Promise<void> {
  for (const to of await applicantRecipients(db, application)) {
    const m = messagesFor(to.locale).competitionApplications.mail;
    const mail = composeMail({
      subject: m.receiptSubject(application.reference!),
      paragraphs: m.receiptBody(application.organisationName, application.title, application.reference!),
      action: { label: m.receiptAction, url: `${site.baseUrl}${applicationPath(application.id)}` },
      closing: [m.receiptAttachment],
      footer: m.footer(site.siteName),
      locale: to.locale,
    });
    const attachment = {
      filename: `${application.reference}.pdf`,
      content: pdf.toString('base64'),
      encoding: 'base64' as const,
      contentType: 'application/pdf',
    };
    await queueMail(db, { to: to.email, ...mail, attachments: [attachment] }, `competition-receipt:${application.id}:${to.userId}`);
  }
}

/** Tells the applicant of the editors' question or of the finding that it is not eligible. */
export async function queueScreeningMail(db: Executor, application: ApplicationRow, site: MailSite): Promise<void> {
  for (const to of await applicantRecipients(db, application)) {
    const m = messagesFor(to.locale).competitionApplications.mail;
    const queried = application.status === 'queried';
    const mail = composeMail({
      subject: (queried ? m.querySubject : m.ineligibleSubject)(application.reference!),
      paragraphs: [(queried ? m.queryBody : m.ineligibleBody)(application.title, application.reference!), application.screeningNote ?? ''].filter(Boolean),
      action: { label: queried ? m.queryAction : m.viewAction, url: `${site.baseUrl}${applicationPath(application.id)}` },
      footer: m.footer(site.siteName),
      locale: to.locale,
    });
    await queueMail(
      db,
      { to: to.email, ...mail },
      `competition-screening:${application.id}:${application.status}:${application.screenedAt?.toISOString()}:${to.userId}`,
    );
  }
}
