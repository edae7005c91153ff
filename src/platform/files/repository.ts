import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { storedFiles } from './tables.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;

export async function insertStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

export async function findStoredFile(db: Executor, id: string): Promise<StoredFileRow | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

export async function deleteStoredFile(db: Executor, id: string): Promise<boolean> {
  const rows = await db.delete(storedFiles).where(eq(storedFiles.id, id)).returning({ id: storedFiles.id });
  return rows.length > 0;
}

/** Every stored file's id and what its bytes must be, oldest first (for moving them between stores). */
export async function listStoredFiles(db: Executor): Promise<Pick<StoredFileRow, 'id' | 'size' | 'sha256'>[]> {
  return db
    .select({ id: storedFiles.id, size: storedFiles.size, sha256: storedFiles.sha256 })
    .from(storedFiles)
    .orderBy(asc(storedFiles.createdAt), asc(storedFiles.id));
}
