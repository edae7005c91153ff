import { recordAudit } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { lockDueItems, updateItemRow } from './repository.ts';
import { syncSearch } from './sync-search.ts';

/**
 * Publishes in-review items whose scheduled moment has passed, in the system's name. Safe to
 * run twice at once. Returns how many it published.
 */
export async function publishDueItems(deps: Pick<AppDeps, 'db'>, options: { now: Date }): Promise<number> {
  const { now } = options;
  return deps.db.transaction(async (tx) => {
    const due = await lockDueItems(tx, now);
    for (const before of due) {
      const item = await updateItemRow(tx, before.id, { status: 'published', publishedAt: before.publishAt ?? now, publishAt: null });
      await recordAudit(tx, null, 'knowledge.publish', { type: 'knowledge_item', id: item.id }, { status: before.status }, { status: item.status });
      await syncSearch(tx, item);
    }
    return due.length;
  });
}
