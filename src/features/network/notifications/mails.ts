import type { Keyring } from '../../../platform/crypto.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail, type MailSection } from '../../../platform/mail/compose.tsx';
import type { OutgoingMail } from '../../../platform/mail/transport.ts';
import { NOTIFICATIONS_PATH, unsubscribePath } from '../core/paths.ts';
import type { DigestFrequency } from './digest-period.ts';
import { notificationNote, notificationPath, notificationSentence, postExcerpt } from './describe.ts';
import type { NotificationItem } from './repository.ts';
import { ALL_GROUPS, signUnsubscribeToken } from './unsubscribe-token.ts';

export interface MailSite {
  baseUrl: string;
  siteName: string;
  keyring: Keyring;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

/** A digest lists this many items; the rest are counted, and all of them are in the list on the site. */
export const DIGEST_MAX_ITEMS = 50;

function unsubscribeUrl(site: MailSite, userId: string, groupId: string): string {
  return `${site.baseUrl}${unsubscribePath(signUnsubscribeToken(site.keyring, { userId, groupId }))}`;
}

function actionLabel(m: ReturnType<typeof messagesFor>['networkNotifications']['mail'], item: NotificationItem): string {
  if (item.kind === 'join_request') return m.openMembers;
  return item.threadId ? m.openThread : m.openGroup;
}

/** One notification at once: what happened, an excerpt of the post, the link to it, and how to stop such mails. */
export function notificationMail(site: MailSite, recipient: Recipient, item: NotificationItem): OutgoingMail {
  const t = messagesFor(recipient.locale);
  const m = t.networkNotifications.mail;
  const sentence = notificationSentence(t, item);
  const excerpt = postExcerpt(item);
  const note = notificationNote(t, item);
  const unsubscribe = unsubscribeUrl(site, recipient.id, item.groupId);
  const mail = composeMail({
    subject: m.subject(sentence),
    paragraphs: [m.greeting(recipient.displayName), sentence, ...(excerpt ? [m.excerpt(excerpt)] : []), ...(note ? [note] : [])],
    action: { label: actionLabel(m, item), url: `${site.baseUrl}${notificationPath(item)}` },
    footer: m.footer(site.siteName),
    unsubscribe: { label: m.unsubscribeGroup(item.groupName), url: unsubscribe },
    locale: recipient.locale,
  });
  return { to: recipient.email, ...mail, listUnsubscribe: unsubscribe };
}

/**
 * The digest: its items grouped by group, one line and link each, at most DIGEST_MAX_ITEMS of
 * them. The header's one-click address turns off every group; the footer names each group's own.
 */
export function digestMail(site: MailSite, recipient: Recipient, frequency: DigestFrequency, items: NotificationItem[]): OutgoingMail {
  const t = messagesFor(recipient.locale);
  const m = t.networkNotifications.mail;
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const groups = new Map<string, MailSection>();
  for (const item of shown) {
    const section = groups.get(item.groupId) ?? { title: item.groupName, links: [] };
    section.links.push({ text: notificationSentence(t, item), url: `${site.baseUrl}${notificationPath(item)}` });
    groups.set(item.groupId, section);
  }
  const everyGroup = [...new Map(items.map((i) => [i.groupId, i.groupName])).entries()];
  const all = unsubscribeUrl(site, recipient.id, ALL_GROUPS);
  const mail = composeMail({
    subject: m.digestSubject[frequency],
    paragraphs: [m.greeting(recipient.displayName), m.digestLead],
    sections: [
      ...groups.values(),
      {
        title: m.unsubscribeTitle,
        links: everyGroup.map(([groupId, name]) => ({ text: m.unsubscribeGroup(name), url: unsubscribeUrl(site, recipient.id, groupId) })),
      },
    ],
    ...(items.length > shown.length ? { closing: [m.more(items.length - shown.length)] } : {}),
    action: { label: m.openList, url: `${site.baseUrl}${NOTIFICATIONS_PATH}` },
    footer: m.footer(site.siteName),
    unsubscribe: { label: m.unsubscribeAll, url: all },
    locale: recipient.locale,
  });
  return { to: recipient.email, ...mail, listUnsubscribe: all };
}
