import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { notify } from '../core/notify.ts';
import { findStanding, type GroupRow } from '../core/repository.ts';
import { canPost } from '../core/rules.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { mentionMembers } from './mention-members.ts';
import { findPost, lockThread, replaceMentions, updatePost, updateThread } from './repository.ts';

export type EditOutcome = { kind: 'edited' } | { kind: 'notFound' } | { kind: 'notAuthor' } | { kind: 'locked' } | { kind: 'unknownMentions'; names: string[] };

/**
 * The author changes their post (and, on the opening post, the thread's title). It shows as
 * "bearbeitet"; mentions are checked again, and only those newly mentioned hear of it.
 */
export async function editPost(
  db: Database,
  options: { actor: AuditActor; group: GroupRow; threadId: string; postId: string; title: string | undefined; body: string; at: Date },
): Promise<EditOutcome> {
  const { actor, group, at } = options;
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, options.threadId);
    const post = thread && thread.groupId === group.id ? await findPost(tx, thread.id, options.postId) : undefined;
    if (!thread || !post) return { kind: 'notFound' };
    if (post.authorId !== actor.id || post.hiddenAt || !canPost(await findStanding(tx, group.id, actor.id))) return { kind: 'notAuthor' };
    if (thread.lockedAt) return { kind: 'locked' };
    const mentions = await mentionMembers(tx, group.id, options.body);
    if (mentions.kind === 'unknownMentions') return mentions;
    const title = post.opening && options.title !== undefined ? options.title : thread.title;
    if (post.body === options.body && title === thread.title) return { kind: 'edited' };
    await updatePost(tx, post.id, { body: options.body, editedAt: at });
    if (title !== thread.title) await updateThread(tx, thread.id, { title });
    const added = await replaceMentions(tx, post.id, mentions.userIds);
    await recordAudit(
      tx,
      actor,
      'network.post.edit',
      { type: 'network_post', id: post.id },
      { title: post.opening ? thread.title : undefined, length: post.body.length },
      { title: post.opening ? title : undefined, length: options.body.length },
    );
    if (post.opening) await syncThreadSearch(tx, group, thread.id);
    await notify(
      tx,
      added.map((userId) => ({ userId, groupId: group.id, kind: 'mention' as const, threadId: thread.id, postId: post.id, actorId: actor.id })),
    );
    return { kind: 'edited' };
  });
}
