import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { findVersionRow, listVersionRows, type VersionRow } from './repository.ts';

/**
 * The versions engine, as other features use it: numbered versions of a record's texts, to
 * list, compare and restore. A record is the owning feature's (a knowledge item, a solution),
 * named by a record key and its id; the owner decides which fields it versions and when it
 * saves, locks its record while it does, and forgets the versions when it deletes the record.
 * Other features import this file and the views of ui.ts, nothing else here.
 */

export { saveVersion, type SaveVersionOptions } from './save-version.ts';
export { forgetVersions } from './forget-versions.ts';
export { compareVersions, type FieldDiff } from './compare.ts';
export { comparedNumbers, restoreVersionForm } from './forms.ts';
export type { DiffLine } from './diff.ts';

/** One saved version: its number within the record, the texts by field name, who saved it and when. */
export type RecordVersion = VersionRow;

/** The record's versions, newest first; none for an id that is no uuid. */
export async function listVersions(db: Executor, recordKey: string, recordId: string): Promise<RecordVersion[]> {
  return isUuid(recordId) ? listVersionRows(db, { recordKey, recordId }) : [];
}

/** The numbers a version can have: the column is a PostgreSQL integer, and asking beyond it would fail rather than find nothing. */
const isVersionNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= 2_147_483_647;

/** One version of the record by its number; undefined when the record has no such version. */
export async function findVersion(db: Executor, recordKey: string, recordId: string, number: number): Promise<RecordVersion | undefined> {
  return isUuid(recordId) && isVersionNumber(number) ? findVersionRow(db, { recordKey, recordId }, number) : undefined;
}
