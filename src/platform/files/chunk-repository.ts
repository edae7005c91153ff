import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { storedFileChunks } from './tables.ts';

export async function insertChunk(db: Executor, fileId: string, seq: number, data: Buffer): Promise<void> {
  await db.insert(storedFileChunks).values({ fileId, seq, data });
}

export async function findChunk(db: Executor, fileId: string, seq: number): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ data: storedFileChunks.data })
    .from(storedFileChunks)
    .where(and(eq(storedFileChunks.fileId, fileId), eq(storedFileChunks.seq, seq)));
  return row?.data;
}

export async function hasChunks(db: Executor, fileId: string): Promise<boolean> {
  const rows = await db.select({ one: sql`1` }).from(storedFileChunks).where(eq(storedFileChunks.fileId, fileId)).orderBy(asc(storedFileChunks.seq)).limit(1);
  return rows.length > 0;
}

export async function deleteChunks(db: Executor, fileId: string): Promise<void> {
  await db.delete(storedFileChunks).where(eq(storedFileChunks.fileId, fileId));
}
