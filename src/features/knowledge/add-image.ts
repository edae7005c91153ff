import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { lockItemForEditing } from './edit-item.ts';
import { filePath } from './paths.ts';
import { saveItemVersion } from './item-versions.ts';
import { insertImage, updateItemRow, type ItemRow } from './repository.ts';
import { syncSearch } from './sync-search.ts';

/** The Markdown line that shows a stored picture; brackets in the text alternative are escaped. */
export function imageMarkdown(fileId: string, alt: string): string {
  const text = alt
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\[\]]/g, '\\$&');
  return `![${text}](${filePath(fileId)})`;
}

export interface AddImageOptions {
  actor: AuditActor;
  itemId: string;
  /** the picture, stored already */
  fileId: string;
  /** the text alternative */
  alt: string;
  now?: Date;
}

/** Adds a stored picture to an item and its line to the end of the text, as a new version. */
export async function addImage(tx: Executor, options: AddImageOptions): Promise<{ kind: 'added'; item: ItemRow } | { kind: 'notFound' }> {
  const { actor, itemId: id, fileId, alt, now = new Date() } = options;
  const before = await lockItemForEditing(tx, id);
  if (!before) return { kind: 'notFound' };
  await insertImage(tx, { fileId, itemId: id, alt });
  const body = `${before.body.trimEnd()}\n\n${imageMarkdown(fileId, alt)}\n`;
  const item = await updateItemRow(tx, id, { body, updatedAt: now });
  await saveItemVersion(tx, item, actor.id);
  await recordAudit(tx, actor, 'knowledge.image', { type: 'knowledge_item', id }, undefined, { fileId, alt });
  await syncSearch(tx, item);
  return { kind: 'added', item };
}
