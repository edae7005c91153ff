import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { lockCall, updateCallRow, type CompetitionCallRow } from '../core/repository.ts';
import { syncCallSearch } from '../core/sync-search.ts';

export type CallTransition = 'publish' | 'unpublish';
export type TransitionOutcome = { kind: 'done'; call: CompetitionCallRow } | { kind: 'notFound' } | { kind: 'unchanged' };

/**
 * Publishes a draft or takes a call back into draft. Publishing keeps the first publication
 * date; a second click on the same button changes nothing.
 */
export async function transitionCall(db: Executor, actor: AuditActor, id: string, transition: CallTransition): Promise<TransitionOutcome> {
  return db.transaction(async (tx): Promise<TransitionOutcome> => {
    const before = isUuid(id) ? await lockCall(tx, id) : undefined;
    if (!before) return { kind: 'notFound' };
    const status = transition === 'publish' ? 'published' : 'draft';
    if (before.status === status) return { kind: 'unchanged' };
    const call = (await updateCallRow(tx, id, { status, publishedAt: before.publishedAt ?? (status === 'published' ? new Date() : null) }))!;
    await recordAudit(tx, actor, `competition.call.${transition}`, { type: 'competition_call', id }, { status: before.status }, { status: call.status });
    await syncCallSearch(tx, call);
    return { kind: 'done', call };
  });
}
