import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { notify } from '../core/notify.ts';
import { listActiveMemberIds } from '../core/repository.ts';
import { hasReported, insertReport, lockPost } from './repository.ts';

export type ReportOutcome = { kind: 'reported' } | { kind: 'alreadyReported' } | { kind: 'notFound' };

/**
 * A member reports a post to the group's owners and moderators with a reason. A person reports
 * a post once: the post is locked while the earlier report is looked for, so a double click
 * stores one.
 */
export async function reportPost(
  db: Database,
  options: { actor: AuditActor; groupId: string; threadId: string; postId: string; reason: string },
): Promise<ReportOutcome> {
  const { actor } = options;
  return db.transaction(async (tx) => {
    const post = await lockPost(tx, options.postId);
    if (!post || post.threadId !== options.threadId) return { kind: 'notFound' };
    if (await hasReported(tx, post.id, actor.id)) return { kind: 'alreadyReported' };
    const reportId = await insertReport(tx, { postId: post.id, reporterId: actor.id, reason: options.reason });
    await recordAudit(tx, actor, 'network.post.report', { type: 'network_report', id: reportId }, undefined, { postId: post.id });
    const moderators = await listActiveMemberIds(tx, options.groupId, ['owner', 'moderator']);
    await notify(
      tx,
      moderators.map((userId) => ({ userId, groupId: options.groupId, kind: 'report' as const, threadId: post.threadId, postId: post.id, actorId: actor.id })),
    );
    return { kind: 'reported' };
  });
}
