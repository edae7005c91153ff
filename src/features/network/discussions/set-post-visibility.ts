import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { GroupRow } from '../core/repository.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { findPost, lockThread, updatePost, updateThread } from './repository.ts';

export type PostVisibilityOutcome = { kind: 'done' } | { kind: 'notFound' };

/**
 * A moderator hides a post (members see a note in its place) or shows it again. A hidden opening
 * post takes the thread out of the search; a hidden answer is no longer the answer.
 */
export async function setPostVisibility(
  db: Database,
  options: { actor: AuditActor; group: GroupRow; threadId: string; postId: string; hidden: boolean; at: Date },
): Promise<PostVisibilityOutcome> {
  const { actor, group } = options;
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, options.threadId);
    const post = thread && thread.groupId === group.id ? await findPost(tx, thread.id, options.postId) : undefined;
    if (!thread || !post) return { kind: 'notFound' };
    if ((post.hiddenAt !== null) === options.hidden) return { kind: 'done' };
    await updatePost(tx, post.id, options.hidden ? { hiddenAt: options.at, hiddenBy: actor.id } : { hiddenAt: null, hiddenBy: null });
    if (options.hidden && thread.answerPostId === post.id) await updateThread(tx, thread.id, { answerPostId: null });
    await recordAudit(tx, actor, options.hidden ? 'network.post.hide' : 'network.post.unhide', { type: 'network_post', id: post.id }, undefined, {
      threadId: thread.id,
    });
    if (post.opening) await syncThreadSearch(tx, group, thread.id);
    return { kind: 'done' };
  });
}
