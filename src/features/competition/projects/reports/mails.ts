import type { Executor } from '../../../../platform/db/client.ts';
import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { messagesFor } from '../../../../platform/i18n/index.ts';
import { composeMail } from '../../../../platform/mail/compose.tsx';
import { queueMail } from '../../../../platform/mail/queue.ts';
import { getOrganisationManagers, type MemberRow } from '../../../organisations/service.ts';
import { projectWorkspacePath } from '../../core/paths.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import type { ReportRow } from './repository.ts';

export interface MailSite {
  baseUrl: string;
  siteName: string;
}

/** The managers of the organisation the project funds: they write its reports. */
async function managersOf(db: Executor, project: ProjectRow): Promise<MemberRow[]> {
  return project.organisationId ? getOrganisationManagers(db, project.organisationId) : [];
}

const reportUrl = (site: MailSite, report: ReportRow) => `${site.baseUrl}${projectWorkspacePath(report.projectId, `berichte/${report.id}`)}`;

/** Reminds each manager of a report due soon; once per report and person, however often the sweep runs. */
export async function queueReminderMails(db: Executor, options: { project: ProjectRow; report: ReportRow; site: MailSite }): Promise<void> {
  const { project, report, site } = options;
  for (const manager of await managersOf(db, project)) {
    const m = messagesFor(manager.locale).competitionReports.mail;
    const day = formatCalendarDay(manager.locale, report.dueOn, 'long');
    const mail = composeMail({
      subject: m.reminderSubject(report.title, day),
      paragraphs: m.reminderBody(project.title, report.title, day),
      action: { label: m.reminderAction, url: reportUrl(site, report) },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(db, { to: manager.email, ...mail }, `competition-report-reminder:${report.id}:${manager.userId}`);
  }
}

/**
 * Tells the managers that the editors returned the report, with the editors' note. The note is
 * kept nowhere else but here and in the audit log: the report has no column for it.
 */
export async function queueReturnedMails(db: Executor, options: { project: ProjectRow; report: ReportRow; note: string; site: MailSite }): Promise<void> {
  const { project, report, site } = options;
  for (const manager of await managersOf(db, project)) {
    const m = messagesFor(manager.locale).competitionReports.mail;
    const mail = composeMail({
      subject: m.returnedSubject(report.title),
      paragraphs: [...m.returnedBody(project.title, report.title), options.note],
      action: { label: m.returnedAction, url: reportUrl(site, report) },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    // each return is a mail of its own: the report's last change tells them apart
    await queueMail(db, { to: manager.email, ...mail }, `competition-report-returned:${report.id}:${report.updatedAt.toISOString()}:${manager.userId}`);
  }
}
