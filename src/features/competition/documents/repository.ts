import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { competitionCalls } from '../core/call-tables.ts';
import { competitionCallDocuments } from '../core/form-tables.ts';

export type CallDocumentRow = typeof competitionCallDocuments.$inferSelect;

/** A document with what the file store knows of its file: the name it was uploaded with, the detected type, the size. */
export interface CallDocument extends CallDocumentRow {
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
}

const withFile = {
  document: competitionCallDocuments,
  originalName: storedFiles.originalName,
  contentType: storedFiles.contentType,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
};

/** The documents of a call in the order the editors gave them. */
export async function listCallDocuments(db: Executor, callId: string): Promise<CallDocument[]> {
  const rows = await db
    .select(withFile)
    .from(competitionCallDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, competitionCallDocuments.fileId))
    .where(eq(competitionCallDocuments.callId, callId))
    .orderBy(asc(competitionCallDocuments.position), asc(competitionCallDocuments.createdAt));
  return rows.map(({ document, ...file }) => ({ ...document, ...file }));
}

/** One document, only under its own call: the id of another call's document finds nothing. */
export async function findCallDocument(db: Executor, callId: string, documentId: string): Promise<CallDocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionCallDocuments)
    .where(and(eq(competitionCallDocuments.id, documentId), eq(competitionCallDocuments.callId, callId)));
  return row;
}

/** A document by its call's address, with whether the call is public, for the download. */
export async function findDocumentBySlug(db: Executor, callSlug: string, documentId: string): Promise<{ fileId: string; published: boolean } | undefined> {
  const [row] = await db
    .select({ fileId: competitionCallDocuments.fileId, status: competitionCalls.status })
    .from(competitionCallDocuments)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionCallDocuments.callId))
    .where(and(eq(competitionCallDocuments.id, documentId), eq(competitionCalls.slug, callSlug)));
  return row ? { fileId: row.fileId, published: row.status === 'published' } : undefined;
}

export async function insertCallDocument(
  db: Executor,
  values: Pick<CallDocumentRow, 'callId' | 'position' | 'title' | 'fileId'> & { id?: string },
): Promise<CallDocumentRow | undefined> {
  // a fixed id given twice (demo content seeded by two processes at once) adds nothing
  const [row] = await db.insert(competitionCallDocuments).values(values).onConflictDoNothing().returning();
  return row;
}

/** Deletes the document of the call; undefined when it is not (or no longer) there. */
export async function deleteCallDocument(db: Executor, callId: string, documentId: string): Promise<CallDocumentRow | undefined> {
  const [row] = await db
    .delete(competitionCallDocuments)
    .where(and(eq(competitionCallDocuments.id, documentId), eq(competitionCallDocuments.callId, callId)))
    .returning();
  return row;
}

export async function updateDocumentPosition(db: Executor, documentId: string, position: number): Promise<void> {
  await db.update(competitionCallDocuments).set({ position }).where(eq(competitionCallDocuments.id, documentId));
}
