import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor, type Locale } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { participationPath } from '../core/paths.ts';
import type { ModuleRow, SeminarRegistrationRow, SeriesRow, SessionRow } from '../core/repository.ts';
import { moduleName, scopeName, sessionText } from './format.ts';

export type SeminarMailKind = 'confirmed' | 'waiting' | 'movedUp' | 'cancelled';

export interface SeminarMail {
  kind: SeminarMailKind;
  to: { email: string; displayName: string };
  locale: Locale;
  series: SeriesRow;
  /** every module of the series, to number them */
  modules: ModuleRow[];
  /** the sessions of the modules the registration covers */
  sessions: SessionRow[];
  registration: SeminarRegistrationRow;
  /** place on the waiting list, for 'waiting' */
  position?: number;
  site: MailSite;
}

/**
 * Queues a mail about a seminar registration in the caller's transaction: the receipt
 * (confirmed or waiting), the seat after moving up, the cancellation. The receipts list the
 * modules the registration covers with their sessions; each mail links the participant's page.
 */
export async function queueSeminarMail(tx: Executor, mail: SeminarMail): Promise<void> {
  const t = messagesFor(mail.locale);
  const m = t.seminarsRegistration.mail;
  const { series, registration: r } = mail;
  const module = r.moduleId ? mail.modules.find((x) => x.id === r.moduleId) : undefined;
  const scope = scopeName(t, series, mail.modules, module);
  const covered = module ? [module] : mail.modules;
  const programme = [
    m.modules,
    ...covered.map((x) => {
      const own = mail.sessions.filter((s) => s.moduleId === x.id);
      const dates = own.length > 0 ? own.map((s) => `  ${sessionText(t, mail.locale, s)}`) : [`  ${m.noSessions}`];
      return [`– ${moduleName(t, mail.modules, x)}`, ...dates].join('\n');
    }),
  ].join('\n');
  const texts: Record<SeminarMailKind, { subject: string; lead: string; withProgramme: boolean }> = {
    confirmed: { subject: m.confirmedSubject(series.title), lead: m.confirmed(scope), withProgramme: true },
    waiting: { subject: m.waitingSubject(series.title), lead: m.waiting(scope, mail.position ?? 1), withProgramme: true },
    movedUp: { subject: m.movedUpSubject(series.title), lead: m.movedUp(scope), withProgramme: true },
    cancelled: { subject: m.cancelledSubject(series.title), lead: m.cancelled(scope), withProgramme: false },
  };
  const text = texts[mail.kind];
  const content = composeMail({
    subject: text.subject,
    paragraphs: [m.greeting(mail.to.displayName), text.lead, ...(text.withProgramme ? [programme] : [])],
    ...(mail.kind === 'cancelled' ? {} : { action: { label: m.action, url: `${mail.site.baseUrl}${participationPath(series.slug)}` } }),
    footer: m.footer(mail.site.siteName),
    locale: mail.locale,
  });
  await queueMail(tx, { to: mail.to.email, ...content }, `seminar-${mail.kind}:${r.id}`);
}
