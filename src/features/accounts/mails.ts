import type { AppDeps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db/client.ts';
import { messagesFor, type Locale } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';

type AccountMail = 'verify' | 'exists' | 'reset' | 'change' | 'changedNotice' | 'passwordChanged' | 'loginLimit' | 'deleteAccount';

interface Recipient {
  email: string;
  displayName: string;
  locale: Locale;
}

/**
 * Queues one of the account e-mails in the recipient's language, inside the caller's
 * transaction. `dedupeKey` keeps a repeated request from sending the same mail twice.
 */
export async function queueAccountMail(
  deps: AppDeps,
  tx: Executor,
  kind: AccountMail,
  to: Recipient,
  options: { link?: string; newEmail?: string; lockMinutes?: number; dedupeKey?: string } = {},
): Promise<void> {
  const m = messagesFor(to.locale).accounts.mail;
  const site = (await deps.settings.get(tx)).siteName;
  const url = options.link ? `${deps.config.baseUrl}${options.link}` : undefined;
  const content = {
    verify: { subject: m.verifySubject, paragraphs: m.verifyBody(to.displayName), label: m.verifyAction },
    exists: { subject: m.existsSubject, paragraphs: m.existsBody(to.displayName), label: m.existsAction },
    reset: { subject: m.resetSubject, paragraphs: m.resetBody(to.displayName), label: m.resetAction },
    change: { subject: m.changeSubject, paragraphs: m.changeBody(to.displayName), label: m.changeAction },
    changedNotice: {
      subject: m.changedNoticeSubject,
      paragraphs: m.changedNoticeBody(to.displayName, options.newEmail ?? ''),
      label: '',
    },
    passwordChanged: { subject: m.passwordChangedSubject, paragraphs: m.passwordChangedBody(to.displayName), label: '' },
    loginLimit: { subject: m.loginLimitSubject, paragraphs: m.loginLimitBody(to.displayName, options.lockMinutes ?? 0), label: m.loginLimitAction },
    deleteAccount: { subject: m.deleteSubject, paragraphs: m.deleteBody(to.displayName), label: m.deleteAction },
  }[kind];
  const mail = composeMail({
    subject: content.subject,
    paragraphs: content.paragraphs,
    ...(url ? { action: { label: content.label, url } } : {}),
    footer: m.footer(site),
    locale: to.locale,
  });
  await queueMail(tx, { to: to.email, ...mail }, options.dedupeKey);
}

/** A time bucket for dedupe keys: at most one such mail per window. */
export function window(minutes: number, now = Date.now()): number {
  return Math.floor(now / (minutes * 60_000));
}
