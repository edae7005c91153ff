import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { findPost, lockThread, updateThread } from './repository.ts';

export type MarkAnswerOutcome = { kind: 'marked' } | { kind: 'notFound' } | { kind: 'notReply' };

/** The reply that answers the opening question; a later choice replaces the earlier one. */
export async function markAnswer(db: Database, options: { actor: AuditActor; groupId: string; threadId: string; postId: string }): Promise<MarkAnswerOutcome> {
  const { actor } = options;
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, options.threadId);
    const post = thread && thread.groupId === options.groupId ? await findPost(tx, thread.id, options.postId) : undefined;
    if (!thread || !post) return { kind: 'notFound' };
    if (post.opening || post.hiddenAt) return { kind: 'notReply' };
    if (thread.answerPostId === post.id) return { kind: 'marked' };
    await updateThread(tx, thread.id, { answerPostId: post.id });
    await recordAudit(
      tx,
      actor,
      'network.thread.answer',
      { type: 'network_thread', id: thread.id },
      { answerPostId: thread.answerPostId },
      { answerPostId: post.id },
    );
    return { kind: 'marked' };
  });
}
