import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { networkGroupEvents, networkGroupFiles, networkGroups } from '../core/tables.ts';

/* The rows of a group's file shelf and of the events marked as the group's. */

export type GroupFileRow = typeof networkGroupFiles.$inferSelect;

/** An entry of the shelf with what the file store knows of its file and who uploaded it. */
export interface GroupFile extends GroupFileRow {
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** null once the uploader's account is gone */
  uploaderName: string | null;
}

/** The shelf of a group in its order. */
export async function listGroupFiles(db: Executor, groupId: string): Promise<GroupFile[]> {
  const rows = await db
    .select({
      entry: networkGroupFiles,
      originalName: storedFiles.originalName,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
      uploaderName: users.displayName,
    })
    .from(networkGroupFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, networkGroupFiles.fileId))
    .leftJoin(users, eq(users.id, networkGroupFiles.uploadedBy))
    .where(eq(networkGroupFiles.groupId, groupId))
    .orderBy(asc(networkGroupFiles.position), asc(networkGroupFiles.createdAt));
  return rows.map(({ entry, ...file }) => ({ ...entry, ...file }));
}

/** One entry, only under its own group: another group's entry id finds nothing. */
export async function findGroupFile(db: Executor, groupId: string, entryId: string): Promise<GroupFileRow | undefined> {
  const [row] = await db
    .select()
    .from(networkGroupFiles)
    .where(and(eq(networkGroupFiles.id, entryId), eq(networkGroupFiles.groupId, groupId)));
  return row;
}

export async function insertGroupFile(
  db: Executor,
  values: Pick<GroupFileRow, 'groupId' | 'fileId' | 'title' | 'position' | 'uploadedBy'> & { id?: string },
): Promise<GroupFileRow | undefined> {
  // a fixed id given twice (demo content seeded by two processes at once) adds nothing
  const [row] = await db.insert(networkGroupFiles).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateGroupFilePosition(db: Executor, entryId: string, position: number): Promise<void> {
  await db.update(networkGroupFiles).set({ position }).where(eq(networkGroupFiles.id, entryId));
}

/** Deletes the entry of the group; undefined when it is not (or no longer) there. */
export async function deleteGroupFile(db: Executor, groupId: string, entryId: string): Promise<GroupFileRow | undefined> {
  const [row] = await db
    .delete(networkGroupFiles)
    .where(and(eq(networkGroupFiles.id, entryId), eq(networkGroupFiles.groupId, groupId)))
    .returning();
  return row;
}

/** The ids of the events marked as the group's. */
export async function listGroupEventIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ eventId: networkGroupEvents.eventId })
    .from(networkGroupEvents)
    .where(eq(networkGroupEvents.groupId, groupId))
    .orderBy(desc(networkGroupEvents.createdAt));
  return rows.map((r) => r.eventId);
}

/** The marks of these groups with each group's name and address, for lists across groups. */
export async function listEventMarksOfGroups(
  db: Executor,
  groupIds: string[],
): Promise<{ eventId: string; groupId: string; groupName: string; groupSlug: string }[]> {
  if (groupIds.length === 0) return [];
  return db
    .select({ eventId: networkGroupEvents.eventId, groupId: networkGroups.id, groupName: networkGroups.name, groupSlug: networkGroups.slug })
    .from(networkGroupEvents)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupEvents.groupId))
    .where(inArray(networkGroupEvents.groupId, groupIds))
    .orderBy(asc(networkGroups.name));
}

/** Marks the event as the group's; false when it was marked already. */
export async function insertGroupEvent(db: Executor, values: { groupId: string; eventId: string; addedBy: string | null }): Promise<boolean> {
  const rows = await db.insert(networkGroupEvents).values(values).onConflictDoNothing().returning({ eventId: networkGroupEvents.eventId });
  return rows.length > 0;
}

/** Takes the mark away; false when there was none. */
export async function deleteGroupEvent(db: Executor, groupId: string, eventId: string): Promise<boolean> {
  const rows = await db
    .delete(networkGroupEvents)
    .where(and(eq(networkGroupEvents.groupId, groupId), eq(networkGroupEvents.eventId, eventId)))
    .returning({ eventId: networkGroupEvents.eventId });
  return rows.length > 0;
}
