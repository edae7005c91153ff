import type { Executor } from '../../platform/db/client.ts';
import { insertNextVersion, type VersionRow } from './repository.ts';

export interface SaveVersionOptions {
  /** the kind of record, e.g. 'knowledge-item' or 'solution' */
  recordKey: string;
  recordId: string;
  /** the record's texts as they are now, by field name */
  fields: Record<string, string>;
  /** who saved; null for demo content and the system */
  savedBy: string | null;
}

/**
 * Keeps the record's texts as its next version (1 for the first) and returns it. Runs in the
 * caller's transaction, and the caller holds its record's lock (e.g. SELECT … FOR UPDATE on the
 * record's row), so that two saves of one record get consecutive numbers instead of colliding.
 */
export async function saveVersion(tx: Executor, options: SaveVersionOptions): Promise<VersionRow> {
  const { recordKey, recordId, fields, savedBy } = options;
  return insertNextVersion(tx, { recordKey, recordId }, { fields, savedBy });
}
