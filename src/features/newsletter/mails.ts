import type { Keyring } from '../../platform/crypto.ts';
import { messagesFor, type Locale } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import type { MailSite } from '../../platform/mail/site.ts';
import type { OutgoingMail } from '../../platform/mail/transport.ts';
import { confirmPath, unsubscribePath } from './paths.ts';
import { CONFIRM_LINK_DAYS, signUnsubscribeToken } from './tokens.ts';

/** The mail with the double opt-in link. */
export function confirmationMail(site: MailSite, to: { email: string; locale: Locale; token: string }): OutgoingMail {
  const m = messagesFor(to.locale).newsletter.mail;
  const mail = composeMail({
    subject: m.confirmSubject(site.siteName),
    paragraphs: [m.confirmIntro(site.siteName), m.confirmHint(CONFIRM_LINK_DAYS)],
    action: { label: m.confirmAction, url: `${site.baseUrl}${confirmPath(to.token)}` },
    closing: [m.confirmIgnore],
    footer: m.footer(site.siteName),
    locale: to.locale,
  });
  return { to: to.email, ...mail };
}

export function unsubscribeUrl(site: MailSite, keyring: Keyring, subscriberId: string): string {
  return `${site.baseUrl}${unsubscribePath(signUnsubscribeToken(keyring, subscriberId))}`;
}

/**
 * An issue of the newsletter: the editor's Markdown, the footer with the signed unsubscribe
 * link, and the same link as List-Unsubscribe for the mail program's own button (RFC 8058).
 * A test send looks the same, but belongs to no subscription: its footer links to the
 * newsletter page, and it carries no List-Unsubscribe.
 */
export function newsletterMail(
  site: MailSite,
  newsletter: { subject: string; body: string },
  to: { email: string; locale: Locale; unsubscribe: string; test?: boolean },
): OutgoingMail {
  const m = messagesFor(to.locale).newsletter.mail;
  const mail = composeMail({
    subject: to.test ? m.testSubject(newsletter.subject) : newsletter.subject,
    paragraphs: [],
    markdown: newsletter.body,
    footer: m.footer(site.siteName),
    unsubscribe: { label: m.unsubscribe, url: to.unsubscribe },
    locale: to.locale,
  });
  return { to: to.email, ...mail, ...(to.test ? {} : { listUnsubscribe: to.unsubscribe }) };
}
