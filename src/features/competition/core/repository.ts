import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionCalls } from './call-tables.ts';

export type CompetitionCallRow = typeof competitionCalls.$inferSelect;
export type CallValues = Omit<typeof competitionCalls.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'status'>;

export async function findCall(db: Executor, id: string): Promise<CompetitionCallRow | undefined> {
  const [row] = await db.select().from(competitionCalls).where(eq(competitionCalls.id, id));
  return row;
}

/** The call, locked until the transaction ends, so that two editors' changes follow each other. */
export async function lockCall(db: Executor, id: string): Promise<CompetitionCallRow | undefined> {
  const [row] = await db.select().from(competitionCalls).where(eq(competitionCalls.id, id)).for('update');
  return row;
}

export async function findPublishedCallBySlug(db: Executor, slug: string): Promise<CompetitionCallRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionCalls)
    .where(and(eq(competitionCalls.slug, slug), eq(competitionCalls.status, 'published')));
  return row;
}

export async function listCallsForEditors(db: Executor): Promise<CompetitionCallRow[]> {
  return db.select().from(competitionCalls).orderBy(desc(competitionCalls.closesAt), asc(competitionCalls.title));
}

/** Published calls whose deadline has not passed: open ones and those still to open, soonest deadline first. */
export async function listCurrentCalls(db: Executor, now: Date): Promise<CompetitionCallRow[]> {
  return db
    .select()
    .from(competitionCalls)
    .where(and(eq(competitionCalls.status, 'published'), gt(competitionCalls.closesAt, now)))
    .orderBy(asc(competitionCalls.closesAt));
}

/** Published calls whose deadline has passed, latest first. */
export async function listPastCalls(db: Executor, now: Date): Promise<CompetitionCallRow[]> {
  return db
    .select()
    .from(competitionCalls)
    .where(and(eq(competitionCalls.status, 'published'), lte(competitionCalls.closesAt, now)))
    .orderBy(desc(competitionCalls.closesAt));
}

export async function listCallSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: competitionCalls.slug })
    .from(competitionCalls)
    .where(sql`${competitionCalls.slug} = ${base} or ${competitionCalls.slug} like ${`${base}-%`}`);
  return rows.map((r) => r.slug);
}

export async function insertCall(db: Executor, values: CallValues & { slug: string }): Promise<CompetitionCallRow> {
  const [row] = await db.insert(competitionCalls).values(values).returning();
  return row!;
}

export async function updateCallRow(
  db: Executor,
  id: string,
  patch: Partial<CallValues> & { status?: CompetitionCallRow['status']; publishedAt?: Date | null },
): Promise<CompetitionCallRow | undefined> {
  const [row] = await db
    .update(competitionCalls)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(competitionCalls.id, id))
    .returning();
  return row;
}

/** The calls a person created, for the data export. */
export async function listCallsCreatedBy(db: Executor, userId: string): Promise<Pick<CompetitionCallRow, 'id' | 'title' | 'createdAt'>[]> {
  return db
    .select({ id: competitionCalls.id, title: competitionCalls.title, createdAt: competitionCalls.createdAt })
    .from(competitionCalls)
    .where(eq(competitionCalls.createdBy, userId));
}

export async function unlinkCallsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(competitionCalls).set({ createdBy: null }).where(eq(competitionCalls.createdBy, userId));
}
