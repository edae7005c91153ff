import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { findStanding, type GroupRow } from '../core/repository.ts';
import { canPost } from '../core/rules.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { mentionMembers } from './mention-members.ts';
import { notifyGroupOfPost } from './notify-post.ts';
import { findPost, insertPost, lockThread, replaceMentions, updateThread } from './repository.ts';

export type ReplyOutcome =
  | { kind: 'replied'; postId: string }
  | { kind: 'notFound' }
  | { kind: 'notMember' }
  | { kind: 'locked' }
  | { kind: 'hidden' }
  | { kind: 'quoteNotInThread' }
  | { kind: 'unknownMentions'; names: string[] };

/**
 * A reply in the caller's transaction (the submission's). The thread is locked first, so that a
 * reply never lands after a moderator locked or hid the thread. Every active member hears of it;
 * those mentioned hear of the mention instead.
 */
export async function replyToThread(
  tx: Executor,
  options: { actor: AuditActor; group: GroupRow; threadId: string; body: string; quotesPostId: string | undefined; at: Date },
): Promise<ReplyOutcome> {
  const { actor, group, at } = options;
  const thread = await lockThread(tx, options.threadId);
  if (!thread || thread.groupId !== group.id) return { kind: 'notFound' };
  if (!canPost(await findStanding(tx, group.id, actor.id))) return { kind: 'notMember' };
  if (thread.hiddenAt) return { kind: 'hidden' };
  if (thread.lockedAt) return { kind: 'locked' };
  if (options.quotesPostId && !(await findPost(tx, thread.id, options.quotesPostId))) return { kind: 'quoteNotInThread' };
  const mentions = await mentionMembers(tx, group.id, options.body);
  if (mentions.kind === 'unknownMentions') return mentions;
  const post = await insertPost(tx, { threadId: thread.id, authorId: actor.id, opening: false, body: options.body, quotesPostId: options.quotesPostId, at });
  await replaceMentions(tx, post.id, mentions.userIds);
  await updateThread(tx, thread.id, { lastActivityAt: at });
  await recordAudit(tx, actor, 'network.post.create', { type: 'network_post', id: post.id }, undefined, {
    threadId: thread.id,
    quotesPostId: options.quotesPostId ?? null,
    mentions: mentions.userIds.length,
  });
  // the search shows the thread's last activity
  await syncThreadSearch(tx, group, thread.id);
  await notifyGroupOfPost(tx, { groupId: group.id, threadId: thread.id, postId: post.id, actorId: actor.id, mentioned: mentions.userIds, kind: 'reply' });
  return { kind: 'replied', postId: post.id };
}
