import type { Executor } from '../../platform/db/client.ts';
import { filePath, itemPath } from './paths.ts';
import { findItemsByIds, listMaterialChoiceRows, type ItemRow } from './repository.ts';

export { filePath, itemPath };
export type { ItemRow as KnowledgeItemRow };

/**
 * Knowledge items as materials of other features (a seminar module's guides, documents and
 * videos). Such materials are often not published in the knowledge base: the feature that uses
 * them decides who sees them and serves their files itself.
 */

/** Guides, documents and videos that are not archived, by title, for the editors' choice. */
export async function listMaterialChoices(db: Executor) {
  return listMaterialChoiceRows(db);
}

/** The items with these ids (any status), in no particular order; unknown ids are left out. */
export async function getKnowledgeItemsByIds(db: Executor, ids: string[]): Promise<ItemRow[]> {
  return ids.length === 0 ? [] : findItemsByIds(db, ids);
}

/** The stored files an item shows: a document's file, a video and its captions. */
export function storedFilesOf(item: ItemRow): string[] {
  return [item.fileId, item.videoFileId, item.captionsFileId].filter((id): id is string => Boolean(id));
}
