import type { Executor } from '../../platform/db/client.ts';
import { findVersion, listVersions, saveVersion, type RecordVersion } from '../versions/service.ts';
import type { ItemRow } from './repository.ts';

/** An item's versions in the versions engine: under this key, these of its texts. */
const RECORD_KEY = 'knowledge-item';
export const VERSIONED_FIELDS = ['title', 'summary', 'body'] as const;
type ItemTexts = Pick<ItemRow, (typeof VERSIONED_FIELDS)[number]>;

/** Keeps the item's texts as its next version; the caller holds the item's lock (lockItemForEditing) or has just created it. */
export async function saveItemVersion(tx: Executor, item: Pick<ItemRow, 'id'> & ItemTexts, savedBy: string | null): Promise<RecordVersion> {
  return saveVersion(tx, { recordKey: RECORD_KEY, recordId: item.id, fields: { title: item.title, summary: item.summary, body: item.body }, savedBy });
}

/** The item's versions, newest first. */
export async function itemVersions(db: Executor, itemId: string): Promise<RecordVersion[]> {
  return listVersions(db, RECORD_KEY, itemId);
}

export async function itemVersion(db: Executor, itemId: string, number: number): Promise<RecordVersion | undefined> {
  return findVersion(db, RECORD_KEY, itemId, number);
}

/** The texts a version kept; a text it lacks is empty. */
export function versionTexts(version: RecordVersion): ItemTexts {
  return { title: version.fields.title ?? '', summary: version.fields.summary ?? '', body: version.fields.body ?? '' };
}
