import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { GroupRow } from '../core/repository.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { closeReports, findOpenReport, lockPost, lockThread, updatePost, updateThread } from './repository.ts';

export type CloseReportOutcome = { kind: 'closed' } | { kind: 'hidden' } | { kind: 'notFound' };

/**
 * A moderator has dealt with a report: "Erledigt" closes it; hiding the post closes every open
 * report of that post, since they all ask for the same.
 */
export async function closeReport(
  db: Database,
  options: { actor: AuditActor; group: GroupRow; reportId: string; hidePost: boolean; at: Date },
): Promise<CloseReportOutcome> {
  const { actor, group, at } = options;
  return db.transaction(async (tx) => {
    const report = await findOpenReport(tx, group.id, options.reportId);
    if (!report) return { kind: 'notFound' };
    if (options.hidePost) {
      const thread = await lockThread(tx, report.threadId);
      const post = await lockPost(tx, report.postId);
      if (thread && post && !post.hiddenAt) {
        await updatePost(tx, post.id, { hiddenAt: at, hiddenBy: actor.id });
        if (thread.answerPostId === post.id) await updateThread(tx, thread.id, { answerPostId: null });
        await recordAudit(tx, actor, 'network.post.hide', { type: 'network_post', id: post.id }, undefined, { threadId: thread.id });
        if (post.opening) await syncThreadSearch(tx, group, thread.id);
      }
    }
    await closeReports(tx, { reportId: report.id, postId: report.postId, wholePost: options.hidePost, by: actor.id, at });
    await recordAudit(tx, actor, 'network.report.close', { type: 'network_report', id: report.id }, undefined, {
      postId: report.postId,
      hidePost: options.hidePost,
    });
    return { kind: options.hidePost ? 'hidden' : 'closed' };
  });
}
