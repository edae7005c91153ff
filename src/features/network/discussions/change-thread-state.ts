import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { GroupRow } from '../core/repository.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { lockThread, updateThread, type ThreadChange, type ThreadRow } from './repository.ts';

export const THREAD_STATE_CHANGES = ['lock', 'unlock', 'pin', 'unpin', 'hide', 'unhide'] as const;
export type ThreadStateChange = (typeof THREAD_STATE_CHANGES)[number];

export type ThreadStateOutcome = { kind: 'done' } | { kind: 'notFound' };

function changeOf(change: ThreadStateChange, at: Date): ThreadChange {
  switch (change) {
    case 'lock':
      return { lockedAt: at };
    case 'unlock':
      return { lockedAt: null };
    case 'pin':
      return { pinnedAt: at };
    case 'unpin':
      return { pinnedAt: null };
    case 'hide':
      return { hiddenAt: at };
    case 'unhide':
      return { hiddenAt: null };
  }
}

function isSet(thread: ThreadRow, change: ThreadStateChange): boolean {
  if (change === 'lock' || change === 'unlock') return (thread.lockedAt !== null) === (change === 'lock');
  if (change === 'pin' || change === 'unpin') return (thread.pinnedAt !== null) === (change === 'pin');
  return (thread.hiddenAt !== null) === (change === 'hide');
}

/** A moderator locks, pins or hides a thread, or undoes it; hiding takes it out of the search. */
export async function changeThreadState(
  db: Database,
  options: { actor: AuditActor; group: GroupRow; threadId: string; change: ThreadStateChange; at: Date },
): Promise<ThreadStateOutcome> {
  const { actor, group, change } = options;
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, options.threadId);
    if (!thread || thread.groupId !== group.id) return { kind: 'notFound' };
    // pressed twice, or by two moderators at once: already as wanted
    if (isSet(thread, change)) return { kind: 'done' };
    await updateThread(tx, thread.id, changeOf(change, options.at));
    await recordAudit(tx, actor, `network.thread.${change}`, { type: 'network_thread', id: thread.id }, undefined, { groupId: group.id });
    if (change === 'hide' || change === 'unhide') await syncThreadSearch(tx, group, thread.id);
    return { kind: 'done' };
  });
}
