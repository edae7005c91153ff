import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { solutionDocuments, solutions } from '../core/tables.ts';
import type { SolutionRow } from '../core/repository.ts';

/*
 * What writing a profile reads and writes beyond the solution's own row: the owners' and the
 * editors' lists, the documents, and a person's part for the data export.
 */

/** The solutions of these organisations, the most recently changed first. */
export async function listSolutionsOfOrganisations(db: Executor, organisationIds: string[]): Promise<SolutionRow[]> {
  if (organisationIds.length === 0) return [];
  return db.select().from(solutions).where(inArray(solutions.ownerOrganisationId, organisationIds)).orderBy(desc(solutions.updatedAt));
}

/** Every solution for the editors: those waiting for review (review-queue.ts) first, the longest waiting first; then the rest by last change. */
export async function listSolutionsForEditors(db: Executor): Promise<SolutionRow[]> {
  const waiting = sql`(${solutions.status} = 'in_review' or ${solutions.pendingSince} is not null)`;
  return db
    .select()
    .from(solutions)
    .orderBy(
      sql`case when ${waiting} then 0 else 1 end`,
      sql`case when ${waiting} then coalesce(${solutions.pendingSince}, ${solutions.updatedAt}) end asc`,
      desc(solutions.updatedAt),
    );
}

export type SolutionDocumentRow = typeof solutionDocuments.$inferSelect;

/** A document with what the file store knows of its file. */
export interface SolutionDocument extends SolutionDocumentRow {
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The documents of a solution in their order. */
export async function listSolutionDocuments(db: Executor, solutionId: string): Promise<SolutionDocument[]> {
  const rows = await db
    .select({
      document: solutionDocuments,
      originalName: storedFiles.originalName,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
    })
    .from(solutionDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, solutionDocuments.fileId))
    .where(eq(solutionDocuments.solutionId, solutionId))
    .orderBy(asc(solutionDocuments.position), asc(solutionDocuments.createdAt));
  return rows.map(({ document, ...file }) => ({ ...document, ...file }));
}

/** One document, only under its own solution: another solution's document id finds nothing. */
export async function findSolutionDocument(db: Executor, solutionId: string, documentId: string): Promise<SolutionDocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(solutionDocuments)
    .where(and(eq(solutionDocuments.id, documentId), eq(solutionDocuments.solutionId, solutionId)));
  return row;
}

export async function insertSolutionDocument(
  db: Executor,
  values: Pick<SolutionDocumentRow, 'solutionId' | 'position' | 'title' | 'fileId'> & { id?: string },
): Promise<SolutionDocumentRow | undefined> {
  // a fixed id given twice (demo content seeded by two processes at once) adds nothing
  const [row] = await db.insert(solutionDocuments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateSolutionDocumentPosition(db: Executor, documentId: string, position: number): Promise<void> {
  await db.update(solutionDocuments).set({ position }).where(eq(solutionDocuments.id, documentId));
}

/** Deletes the document of the solution; undefined when it is not (or no longer) there. */
export async function deleteSolutionDocument(db: Executor, solutionId: string, documentId: string): Promise<SolutionDocumentRow | undefined> {
  const [row] = await db
    .delete(solutionDocuments)
    .where(and(eq(solutionDocuments.id, documentId), eq(solutionDocuments.solutionId, solutionId)))
    .returning();
  return row;
}

/** The solutions a person started, for the data export. */
export async function listSolutionsCreatedBy(db: Executor, userId: string) {
  return db
    .select({ id: solutions.id, title: solutions.title, status: solutions.status, createdAt: solutions.createdAt })
    .from(solutions)
    .where(eq(solutions.createdBy, userId))
    .orderBy(asc(solutions.createdAt));
}

/** Forgets who started the solutions; the solutions are the organisation's and stay. */
export async function unlinkSolutionCreator(db: Executor, userId: string): Promise<void> {
  await db.update(solutions).set({ createdBy: null }).where(eq(solutions.createdBy, userId));
}
