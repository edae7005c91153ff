import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { findGroupById, findStanding, type GroupRow } from '../core/repository.ts';
import { canModerate } from '../core/rules.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { lockThread, moveThreadNotifications, updateThread } from './repository.ts';

export type MoveOutcome = { kind: 'moved'; target: GroupRow } | { kind: 'notFound' } | { kind: 'notModerated' };

/**
 * A moderator moves a thread to another group they also moderate. The search document follows
 * it (with the new group's access), and so do its notifications.
 */
export async function moveThread(db: Database, options: { actor: AuditActor; from: GroupRow; threadId: string; targetGroupId: string }): Promise<MoveOutcome> {
  const { actor, from } = options;
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, options.threadId);
    if (!thread || thread.groupId !== from.id) return { kind: 'notFound' };
    const target = options.targetGroupId === from.id ? undefined : await findGroupById(tx, options.targetGroupId);
    if (!target || !canModerate(await findStanding(tx, target.id, actor.id))) return { kind: 'notModerated' };
    await updateThread(tx, thread.id, { groupId: target.id });
    await moveThreadNotifications(tx, thread.id, target);
    await recordAudit(tx, actor, 'network.thread.move', { type: 'network_thread', id: thread.id }, { groupId: from.id }, { groupId: target.id });
    await syncThreadSearch(tx, target, thread.id);
    return { kind: 'moved', target };
  });
}
