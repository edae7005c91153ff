import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { solutions } from './tables.ts';

/*
 * The solution's own row, as every part of the library reads and writes it; each part keeps
 * its other queries in its own repository.
 */

export type SolutionRow = typeof solutions.$inferSelect;
export type SolutionValues = Omit<typeof solutions.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function findSolution(db: Executor, id: string): Promise<SolutionRow | undefined> {
  const [row] = await db.select().from(solutions).where(eq(solutions.id, id));
  return row;
}

/** The solution, locked until the transaction ends: changes to one solution follow each other. */
export async function lockSolution(db: Executor, id: string): Promise<SolutionRow | undefined> {
  const [row] = await db.select().from(solutions).where(eq(solutions.id, id)).for('update');
  return row;
}

/** Only a published solution has a public page; a draft's slug is not found. */
export async function findPublishedSolution(db: Executor, slug: string): Promise<SolutionRow | undefined> {
  const [row] = await db
    .select()
    .from(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.status, 'published')));
  return row;
}

export async function insertSolution(db: Executor, values: SolutionValues & { id?: string }): Promise<SolutionRow> {
  const [row] = await db.insert(solutions).values(values).returning();
  return row!;
}

export async function updateSolutionRow(db: Executor, id: string, patch: Partial<SolutionValues>): Promise<SolutionRow> {
  const [row] = await db
    .update(solutions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(solutions.id, id))
    .returning();
  return row!;
}

export async function listSolutionSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: solutions.slug })
    .from(solutions)
    .where(sql`${solutions.slug} = ${base} or ${solutions.slug} like ${`${base}-%`}`);
  return rows.map((r) => r.slug);
}
