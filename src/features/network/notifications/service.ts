import type { Executor } from '../../../platform/db/client.ts';
import {
  countNotificationItems,
  findGroupName,
  listGroupSettings,
  listNotificationItems,
  userExists,
  type GroupSetting,
  type NotificationItem,
} from './repository.ts';
import { ALL_GROUPS, type UnsubscribeTarget } from './unsubscribe-token.ts';

export const PAGE_SIZE = 30;

/** How many of the person's notifications are new (the entry page shows it). */
export async function countUnread(db: Executor, userId: string): Promise<number> {
  return countNotificationItems(db, userId, { unreadOnly: true });
}

export interface NotificationsPage {
  items: NotificationItem[];
  page: number;
  pages: number;
  unread: number;
}

/** One page of the list; a page past the end is answered as the last one. */
export async function loadNotificationsPage(db: Executor, userId: string, page: number): Promise<NotificationsPage> {
  const total = await countNotificationItems(db, userId, { unreadOnly: false });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages);
  const items = await listNotificationItems(db, userId, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
  return { items, page: current, pages, unread: await countUnread(db, userId) };
}

export async function loadGroupSettings(db: Executor, userId: string): Promise<GroupSetting[]> {
  return listGroupSettings(db, userId);
}

/** What an unsubscribe link is about: one group by name, or all of them; undefined when its person or group is gone. */
export async function describeUnsubscribe(db: Executor, target: UnsubscribeTarget): Promise<{ groupName: string | undefined } | undefined> {
  if (!(await userExists(db, target.userId))) return undefined;
  if (target.groupId === ALL_GROUPS) return { groupName: undefined };
  const name = await findGroupName(db, target.groupId);
  return name === undefined ? undefined : { groupName: name };
}
