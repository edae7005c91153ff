import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { lockItemForEditing } from './edit-item.ts';
import { itemVersion, saveItemVersion, versionTexts } from './item-versions.ts';
import { updateItemRow, type ItemRow } from './repository.ts';
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
  const version = before && (await itemVersion(tx, id, number));
  if (!before || !version) return { kind: 'notFound' };
  const item = await updateItemRow(tx, id, { ...versionTexts(version), updatedAt: now });
  const saved = await saveItemVersion(tx, item, actor.id);
  await recordAudit(tx, actor, 'knowledge.restore', { type: 'knowledge_item', id }, { version: number, title: before.title }, { version: saved.number });
  await syncSearch(tx, item);
  return { kind: 'restored', item };
}
