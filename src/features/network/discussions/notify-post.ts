import type { Executor } from '../../../platform/db/client.ts';
import { notify } from '../core/notify.ts';
import { listActiveMemberIds } from '../core/repository.ts';

/**
 * Every active member of the group hears of a new thread or reply; those it mentions hear of the
 * mention instead, which is why their items come first (notify keeps the first item per person).
 */
export async function notifyGroupOfPost(
  tx: Executor,
  options: { groupId: string; threadId: string; postId: string; actorId: string; mentioned: string[]; kind: 'new_thread' | 'reply' },
): Promise<void> {
  const { kind, mentioned, ...about } = options;
  const members = await listActiveMemberIds(tx, about.groupId, ['owner', 'moderator', 'member']);
  await notify(tx, [...mentioned.map((userId) => ({ ...about, userId, kind: 'mention' as const })), ...members.map((userId) => ({ ...about, userId, kind }))]);
}
