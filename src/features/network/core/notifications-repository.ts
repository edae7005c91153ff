import type { Executor } from '../../../platform/db/client.ts';
import { networkNotifications, type NotificationKind } from './tables.ts';

export interface NewNotification {
  userId: string;
  groupId: string;
  kind: NotificationKind;
  threadId?: string | undefined;
  postId?: string | undefined;
  actorId?: string | undefined;
  note?: string | undefined;
}

export async function insertNotifications(tx: Executor, items: NewNotification[]): Promise<{ id: string; userId: string }[]> {
  if (items.length === 0) return [];
  return tx
    .insert(networkNotifications)
    .values(
      items.map((n) => ({
        userId: n.userId,
        groupId: n.groupId,
        kind: n.kind,
        threadId: n.threadId ?? null,
        postId: n.postId ?? null,
        actorId: n.actorId ?? null,
        note: n.note ?? '',
      })),
    )
    .returning({ id: networkNotifications.id, userId: networkNotifications.userId });
}
