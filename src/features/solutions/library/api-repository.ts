import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { solutions, type MaturityPhase, type SizeBand } from '../core/tables.ts';

/** Re-uses as the library counts them: adopters implementing or running the solution. */
// Written out in full: in a select list drizzle would name the outer column without its table.
const reuseCount = sql<number>`(select count(*) from solution_adoptions a
  where a.solution_id = solutions.id and a.status in ('implementing', 'operating'))`.mapWith(Number);

export interface SolutionApiFilter {
  fieldOfAction: string | undefined;
  maturity: MaturityPhase | undefined;
  sizeBand: SizeBand | undefined;
  openSource: boolean | undefined;
}

const publicColumns = {
  id: solutions.id,
  slug: solutions.slug,
  ownerOrganisationId: solutions.ownerOrganisationId,
  title: solutions.title,
  summary: solutions.summary,
  problem: solutions.problem,
  approach: solutions.approach,
  fieldsOfAction: solutions.fieldsOfAction,
  suitableTypes: solutions.suitableTypes,
  sizeBands: solutions.sizeBands,
  maturity: solutions.maturity,
  costOneOffCents: solutions.costOneOffCents,
  costYearlyCents: solutions.costYearlyCents,
  effortPersonDays: solutions.effortPersonDays,
  operatorModel: solutions.operatorModel,
  licence: solutions.licence,
  openSource: solutions.openSource,
  repositoryUrl: solutions.repositoryUrl,
  publishedAt: solutions.publishedAt,
  updatedAt: solutions.updatedAt,
  reuses: reuseCount,
};

function conditions(filter: SolutionApiFilter): SQL | undefined {
  return and(
    eq(solutions.status, 'published'),
    filter.fieldOfAction ? sql`${filter.fieldOfAction} = any(${solutions.fieldsOfAction})` : undefined,
    filter.sizeBand ? sql`${filter.sizeBand} = any(${solutions.sizeBands})` : undefined,
    filter.maturity ? eq(solutions.maturity, filter.maturity) : undefined,
    filter.openSource !== undefined ? eq(solutions.openSource, filter.openSource) : undefined,
  );
}

function selectPublic(db: Executor) {
  return db.select(publicColumns).from(solutions);
}

/** A published solution's public columns: never the contact person, never changes the editors have not checked. */
export type PublicSolutionRow = Awaited<ReturnType<typeof selectPublic>>[number];

/** Published solutions, newest first; the slug breaks ties so that pages never overlap. */
export async function listPublicSolutionRows(db: Executor, filter: SolutionApiFilter, page: { limit: number; offset: number }): Promise<PublicSolutionRow[]> {
  return selectPublic(db).where(conditions(filter)).orderBy(desc(solutions.publishedAt), asc(solutions.slug)).limit(page.limit).offset(page.offset);
}

export async function countPublicSolutions(db: Executor, filter: SolutionApiFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(solutions).where(conditions(filter));
  return Number(row?.n ?? 0);
}
