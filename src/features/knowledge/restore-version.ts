import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { lockItemForEditing } from './edit-item.ts';
import { findVersion, insertVersion, updateItemRow, type ItemRow } from './repository.ts';
import { syncSearch } from './sync-search.ts';

export interface RestoreVersionOptions {
  actor: AuditActor;
  itemId: string;
  /** the number of the version whose texts come back */
  version: number;
  now?: Date;
}

/** Restoring copies an older version's texts into a new version; history is never rewritten. */
export async function restoreVersion(tx: Executor, options: RestoreVersionOptions): Promise<{ kind: 'restored'; item: ItemRow } | { kind: 'notFound' }> {
  const { actor, itemId: id, version: number, now = new Date() } = options;
  const before = await lockItemForEditing(tx, id);
  const version = before && (await findVersion(tx, id, number));
  if (!before || !version) return { kind: 'notFound' };
  const texts = { title: version.title, summary: version.summary, body: version.body };
  const item = await updateItemRow(tx, id, { ...texts, updatedAt: now });
  const saved = await insertVersion(tx, id, texts, actor.id);
  await recordAudit(tx, actor, 'knowledge.restore', { type: 'knowledge_item', id }, { version: number, title: before.title }, { version: saved.number });
  await syncSearch(tx, item);
  return { kind: 'restored', item };
}
