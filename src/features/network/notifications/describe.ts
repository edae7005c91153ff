import type { Messages } from '../../../platform/i18n/index.ts';
import { postExcerpt as excerptOf } from '../core/excerpt.ts';
import { groupPath, postAnchor, threadPath } from '../core/paths.ts';
import type { NotificationItem } from './repository.ts';

/** The notification as one sentence, e.g. "Maren Hansen hat in „Offene Daten“ geantwortet." */
export function notificationSentence(t: Messages, item: NotificationItem): string {
  const s = t.networkNotifications.sentences;
  const names = { actor: item.actorName ?? t.networkNotifications.someone, group: item.groupName, thread: item.threadTitle ?? item.groupName };
  if (item.kind === 'join_decision') return item.memberStatus === 'active' ? s.join_accepted(names) : s.join_declined(names);
  return s[item.kind](names);
}

/** Where the notification leads: the post in its thread, the requests on the members' page, or the group. */
export function notificationPath(item: NotificationItem): string {
  if (item.kind === 'join_request') return groupPath(item.groupSlug, 'mitglieder');
  if (item.threadId) {
    const thread = threadPath(item.groupSlug, item.threadId);
    return item.postId ? `${thread}#${postAnchor(item.postId)}` : thread;
  }
  return groupPath(item.groupSlug);
}

/** A short plain-text excerpt of the post the notification is about; never its Markdown or HTML. */
export function postExcerpt(item: NotificationItem): string | undefined {
  if (!item.postBody || item.kind === 'report') return undefined;
  return excerptOf(item.postBody) || undefined;
}

/** The words that came with it: the message of a request to join, the reason of a declined one. */
export function notificationNote(t: Messages, item: NotificationItem): string | undefined {
  if (!item.note) return undefined;
  if (item.kind === 'join_request' || item.kind === 'join_decision') return t.networkNotifications.note[item.kind](item.note);
  return undefined;
}
