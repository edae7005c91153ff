import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { solutionAdoptions, solutions } from '../core/tables.ts';
import { REUSE_STATUSES } from './rules.ts';

/*
 * What other features read of the library through its service module: re-uses counted per
 * organisation, and the published solutions to choose from.
 */

/** Re-uses per adopting organisation. */
export async function countReusesByAdopter(db: Executor): Promise<{ organisationId: string; n: number }[]> {
  return db
    .select({ organisationId: solutionAdoptions.organisationId, n: count() })
    .from(solutionAdoptions)
    .where(inArray(solutionAdoptions.status, [...REUSE_STATUSES]))
    .groupBy(solutionAdoptions.organisationId);
}

/** Re-uses of each owner organisation's solutions by others. */
export async function countReusesByOwner(db: Executor): Promise<{ organisationId: string; n: number }[]> {
  return db
    .select({ organisationId: solutions.ownerOrganisationId, n: count() })
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(inArray(solutionAdoptions.status, [...REUSE_STATUSES]))
    .groupBy(solutions.ownerOrganisationId);
}

/** The published solutions by title, as German sorts them. */
export async function listPublishedSolutionChoices(db: Executor): Promise<{ id: string; title: string; slug: string }[]> {
  return db
    .select({ id: solutions.id, title: solutions.title, slug: solutions.slug })
    .from(solutions)
    .where(eq(solutions.status, 'published'))
    .orderBy(asc(sql`lower(${solutions.title})`), asc(solutions.id));
}

/** A published solution's title and summary, e.g. to start a measure of a strategy from it. */
/** The slugs of those of these solutions that are published, by id. */
export async function listPublishedSolutionSlugs(db: Executor, ids: string[]): Promise<{ id: string; slug: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: solutions.id, slug: solutions.slug })
    .from(solutions)
    .where(and(inArray(solutions.id, ids), eq(solutions.status, 'published')));
}

export async function findPublishedSolutionTitleAndSummary(db: Executor, id: string): Promise<{ id: string; title: string; summary: string } | undefined> {
  const [row] = await db
    .select({ id: solutions.id, title: solutions.title, summary: solutions.summary })
    .from(solutions)
    .where(and(eq(solutions.id, id), eq(solutions.status, 'published')));
  return row;
}
