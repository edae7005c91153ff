import { and, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { recordVersions } from './tables.ts';

export type VersionRow = typeof recordVersions.$inferSelect;

/** What one record of the owning feature is, to the engine: its kind and its id. */
export interface RecordRef {
  recordKey: string;
  recordId: string;
}

const ofRecord = (ref: RecordRef) => and(eq(recordVersions.recordKey, ref.recordKey), eq(recordVersions.recordId, ref.recordId));

/**
 * The record's next version, numbered one above its last. Two saves of the same record at once
 * would read the same last number; the caller's lock on its record keeps them apart, and the
 * unique index refuses a collision should a caller forget it.
 */
export async function insertNextVersion(tx: Executor, ref: RecordRef, values: { fields: Record<string, string>; savedBy: string | null }): Promise<VersionRow> {
  const [last] = await tx
    .select({ n: max(recordVersions.number) })
    .from(recordVersions)
    .where(ofRecord(ref));
  const [row] = await tx
    .insert(recordVersions)
    .values({ ...ref, number: (last?.n ?? 0) + 1, fields: values.fields, savedBy: values.savedBy })
    .returning();
  return row!;
}

/** The record's versions, newest first. */
export async function listVersionRows(db: Executor, ref: RecordRef): Promise<VersionRow[]> {
  return db.select().from(recordVersions).where(ofRecord(ref)).orderBy(desc(recordVersions.number));
}

export async function findVersionRow(db: Executor, ref: RecordRef, number: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(recordVersions)
    .where(and(ofRecord(ref), eq(recordVersions.number, number)));
  return row;
}

/** Deletes every version of the record; returns how many there were. */
export async function deleteVersionRows(tx: Executor, ref: RecordRef): Promise<number> {
  return (await tx.delete(recordVersions).where(ofRecord(ref)).returning({ id: recordVersions.id })).length;
}

/** Which versions a person saved and when, without the texts (those belong to the records): their part of the data export. */
export async function listVersionsSavedBy(db: Executor, userId: string): Promise<Pick<VersionRow, 'recordKey' | 'recordId' | 'number' | 'savedAt'>[]> {
  return db
    .select({ recordKey: recordVersions.recordKey, recordId: recordVersions.recordId, number: recordVersions.number, savedAt: recordVersions.savedAt })
    .from(recordVersions)
    .where(eq(recordVersions.savedBy, userId))
    .orderBy(recordVersions.savedAt, recordVersions.number);
}

/** The versions a person saved stay with their records, without the link to the person. */
export async function unlinkSavedBy(tx: Executor, userId: string): Promise<void> {
  await tx.update(recordVersions).set({ savedBy: null }).where(eq(recordVersions.savedBy, userId));
}
