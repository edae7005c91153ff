import type { AppDeps } from '../../../platform/deps.ts';
import { notify } from '../core/notify.ts';
import type { NewNotification } from '../core/notifications-repository.ts';
import { networkNotificationSettings, networkPosts, networkThreads, type NotificationFrequency } from '../core/tables.ts';

/** A thread with its opening post, written by `authorId`. */
export async function insertNotificationThread(
  deps: AppDeps,
  options: { groupId: string; authorId: string; title: string; body: string },
): Promise<{ threadId: string; postId: string }> {
  const [thread] = await deps.db
    .insert(networkThreads)
    .values({ groupId: options.groupId, title: options.title, authorId: options.authorId })
    .returning({ id: networkThreads.id });
  const [post] = await deps.db
    .insert(networkPosts)
    .values({ threadId: thread!.id, authorId: options.authorId, opening: true, body: options.body })
    .returning({ id: networkPosts.id });
  return { threadId: thread!.id, postId: post!.id };
}

/** A reply in the thread. */
export async function insertNotificationReply(deps: AppDeps, options: { threadId: string; authorId: string; body: string }): Promise<string> {
  const [post] = await deps.db
    .insert(networkPosts)
    .values({ threadId: options.threadId, authorId: options.authorId, body: options.body })
    .returning({ id: networkPosts.id });
  return post!.id;
}

/** Records notifications as a change of the network does, in one transaction (with their mail jobs). */
export async function recordNotifications(deps: AppDeps, items: NewNotification[]): Promise<void> {
  await deps.db.transaction((tx) => notify(tx, items));
}

export async function setFrequency(deps: AppDeps, userId: string, groupId: string, frequency: NotificationFrequency): Promise<void> {
  await deps.db
    .insert(networkNotificationSettings)
    .values({ userId, groupId, frequency })
    .onConflictDoUpdate({ target: [networkNotificationSettings.userId, networkNotificationSettings.groupId], set: { frequency } });
}
