import { and, arrayContains, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { ProjectRow } from '../core/project-repository.ts';
import { competitionCalls, competitionProjects, type ProjectStatus } from '../core/tables.ts';

export type ShowcaseRow = ProjectRow & { callTitle: string; callSlug: string };

export interface ShowcaseFilter {
  fieldOfAction?: string | undefined;
  status?: ProjectStatus | undefined;
  callSlug?: string | undefined;
  organisationId?: string | undefined;
}

const showcaseColumns = { project: competitionProjects, callTitle: competitionCalls.title, callSlug: competitionCalls.slug };

/** Funded projects of published calls, newest round first, then by municipality. */
export async function listShowcase(db: Executor, filter: ShowcaseFilter): Promise<ShowcaseRow[]> {
  const conditions: SQL[] = [eq(competitionCalls.status, 'published')];
  if (filter.fieldOfAction) conditions.push(arrayContains(competitionProjects.fieldsOfAction, [filter.fieldOfAction]));
  if (filter.status) conditions.push(eq(competitionProjects.status, filter.status));
  if (filter.callSlug) conditions.push(eq(competitionCalls.slug, filter.callSlug));
  if (filter.organisationId) conditions.push(eq(competitionProjects.organisationId, filter.organisationId));
  const rows = await db
    .select(showcaseColumns)
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .where(and(...conditions))
    .orderBy(desc(competitionCalls.closesAt), asc(competitionProjects.municipality));
  return rows.map((r) => ({ ...r.project, callTitle: r.callTitle, callSlug: r.callSlug }));
}

/** How many projects each of these calls funded and with how much, in one query; a call without projects is missing. */
export async function fundedTotalsByCall(db: Executor, callIds: readonly string[]): Promise<Map<string, { projects: number; amountCents: number }>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .select({
      callId: competitionProjects.callId,
      projects: count(),
      amountCents: sql<number>`coalesce(sum(${competitionProjects.amountCents}), 0)::bigint`.mapWith(Number),
    })
    .from(competitionProjects)
    .where(inArray(competitionProjects.callId, [...callIds]))
    .groupBy(competitionProjects.callId);
  return new Map(rows.map((r) => [r.callId, { projects: r.projects, amountCents: r.amountCents }]));
}

export async function findShowcaseProject(db: Executor, slug: string): Promise<ShowcaseRow | undefined> {
  const [row] = await db
    .select(showcaseColumns)
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .where(and(eq(competitionProjects.slug, slug), eq(competitionCalls.status, 'published')));
  return row ? { ...row.project, callTitle: row.callTitle, callSlug: row.callSlug } : undefined;
}

/** The calls that have funded projects, for the showcase's filter. */
export async function listCallsWithProjects(db: Executor): Promise<{ slug: string; title: string }[]> {
  return db
    .selectDistinct({ slug: competitionCalls.slug, title: competitionCalls.title, closesAt: competitionCalls.closesAt })
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .where(eq(competitionCalls.status, 'published'))
    .orderBy(desc(competitionCalls.closesAt));
}
