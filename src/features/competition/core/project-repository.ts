import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionCalls, competitionProjects } from './tables.ts';

export type ProjectRow = typeof competitionProjects.$inferSelect;

/*
 * What more than one part of the competition reads or writes of funded projects: the
 * decisions create them, the applications lead to them, the showcase and the workspace show
 * them.
 */

export async function findProject(db: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(competitionProjects).where(eq(competitionProjects.id, id));
  return row;
}

/** A project with whether its call is published, which decides whether the project has a public page. */
export async function findProjectWithCallStatus(db: Executor, id: string): Promise<(ProjectRow & { callPublished: boolean }) | undefined> {
  const [row] = await db
    .select({ project: competitionProjects, callStatus: competitionCalls.status })
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .where(eq(competitionProjects.id, id));
  return row ? { ...row.project, callPublished: row.callStatus === 'published' } : undefined;
}

export async function insertProject(db: Executor, values: typeof competitionProjects.$inferInsert): Promise<ProjectRow> {
  const [row] = await db.insert(competitionProjects).values(values).returning();
  return row!;
}

export async function listProjectSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: competitionProjects.slug })
    .from(competitionProjects)
    .where(sql`${competitionProjects.slug} = ${base} or ${competitionProjects.slug} like ${`${base}-%`}`);
  return rows.map((r) => r.slug);
}

/** The project an award became, for the applicant's way into its workspace. */
export async function findProjectOfApplication(db: Executor, applicationId: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(competitionProjects).where(eq(competitionProjects.applicationId, applicationId));
  return row;
}
