import type { Executor } from '../../../../platform/db/client.ts';
import { messagesFor } from '../../../../platform/i18n/index.ts';
import { composeMail } from '../../../../platform/mail/compose.tsx';
import { queueMail } from '../../../../platform/mail/queue.ts';
import { getOrganisationManagers } from '../../../organisations/service.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { projectWorkspacePath } from '../../core/paths.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import type { PaymentRow } from './repository.ts';

export interface MailSite {
  baseUrl: string;
  siteName: string;
}

type Decided = PaymentRow & { status: 'approved' | 'paid' | 'rejected' };

/**
 * Tells every manager of the project's organisation, each in their language, that the editors
 * approved, paid or rejected a payment request. Whoever requested it may have left; the
 * organisation's managers are the ones who need to know.
 */
export async function queuePaymentMails(db: Executor, project: ProjectRow, payment: Decided, site: MailSite): Promise<void> {
  const managers = project.organisationId ? await getOrganisationManagers(db, project.organisationId) : [];
  for (const manager of managers) {
    const m = messagesFor(manager.locale).competitionProjects.mail;
    const amount = formatEuro(manager.locale, payment.amountCents);
    const body = { approved: m.approvedBody, paid: m.paidBody, rejected: m.rejectedBody }[payment.status];
    const subject = { approved: m.approvedSubject, paid: m.paidSubject, rejected: m.rejectedSubject }[payment.status];
    const mail = composeMail({
      subject: subject(project.title),
      paragraphs: [m.greeting, body(payment.purpose, amount), ...(payment.status === 'rejected' && payment.note ? [payment.note] : [])],
      action: { label: m.action, url: `${site.baseUrl}${projectWorkspacePath(project.id)}` },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(db, { to: manager.email, ...mail }, `competition-payment:${payment.id}:${payment.status}:${manager.userId}`);
  }
}
