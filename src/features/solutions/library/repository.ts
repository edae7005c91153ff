import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { solutionAdoptions, solutionDocuments, solutions, type MaturityPhase, type SizeBand } from '../core/tables.ts';
import { costRange, type CostBand } from './cost-bands.ts';
import type { LibrarySort } from './schema.ts';

/** Re-uses count the adopters that are implementing the solution or already run it. */
// Written out in full: in a select list drizzle would name the outer column without its table.
const reuseCount = sql<number>`(select count(*) from solution_adoptions a
  where a.solution_id = solutions.id and a.status in ('implementing', 'operating'))`.mapWith(Number);

export interface LibraryFilter {
  /** the solutions a full-text search found; undefined when nobody searched */
  ids: string[] | undefined;
  fieldOfAction: string | undefined;
  sizeBand: SizeBand | undefined;
  maturity: MaturityPhase | undefined;
  openSource: boolean;
  costBand: CostBand | undefined;
}

export interface LibraryCardRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  ownerOrganisationId: string;
  maturity: MaturityPhase;
  openSource: boolean;
  pictureId: string | null;
  publishedAt: Date | null;
  reuses: number;
}

function conditions(filter: LibraryFilter): SQL[] {
  const where: SQL[] = [eq(solutions.status, 'published')];
  if (filter.ids) where.push(inArray(solutions.id, filter.ids));
  if (filter.fieldOfAction) where.push(sql`${filter.fieldOfAction} = any(${solutions.fieldsOfAction})`);
  if (filter.sizeBand) where.push(sql`${filter.sizeBand} = any(${solutions.sizeBands})`);
  if (filter.maturity) where.push(eq(solutions.maturity, filter.maturity));
  if (filter.openSource) where.push(eq(solutions.openSource, true));
  if (filter.costBand) {
    const range = costRange(filter.costBand);
    if (range.kind === 'unknown') where.push(isNull(solutions.costOneOffCents));
    else {
      if (range.aboveCents !== undefined) where.push(gt(solutions.costOneOffCents, range.aboveCents));
      if (range.upToCents !== undefined) where.push(lte(solutions.costOneOffCents, range.upToCents));
    }
  }
  return where;
}

export async function countLibrary(db: Executor, filter: LibraryFilter): Promise<number> {
  if (filter.ids?.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(solutions)
    .where(and(...conditions(filter)));
  return row?.n ?? 0;
}

/** One page of published solutions; the slug breaks ties so that pages never overlap. */
export async function listLibrary(db: Executor, filter: LibraryFilter, sort: LibrarySort, limit: number, offset: number): Promise<LibraryCardRow[]> {
  if (filter.ids?.length === 0) return [];
  const order = sort === 'neueste' ? [desc(solutions.publishedAt), asc(solutions.slug)] : [desc(reuseCount), desc(solutions.publishedAt), asc(solutions.slug)];
  return db
    .select({
      id: solutions.id,
      slug: solutions.slug,
      title: solutions.title,
      summary: solutions.summary,
      ownerOrganisationId: solutions.ownerOrganisationId,
      maturity: solutions.maturity,
      openSource: solutions.openSource,
      pictureId: solutions.pictureId,
      publishedAt: solutions.publishedAt,
      reuses: reuseCount,
    })
    .from(solutions)
    .where(and(...conditions(filter)))
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

export async function countReuses(db: Executor, solutionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(solutionAdoptions)
    .where(and(eq(solutionAdoptions.solutionId, solutionId), inArray(solutionAdoptions.status, ['implementing', 'operating'])));
  return row?.n ?? 0;
}

export interface OperatingAdoptionRow {
  organisationId: string;
  operatingSince: string | null;
}

/** The adopters that run the solution, the longest-running first. */
export async function listOperatingAdoptions(db: Executor, solutionId: string): Promise<OperatingAdoptionRow[]> {
  return db
    .select({ organisationId: solutionAdoptions.organisationId, operatingSince: solutionAdoptions.operatingSince })
    .from(solutionAdoptions)
    .where(and(eq(solutionAdoptions.solutionId, solutionId), eq(solutionAdoptions.status, 'operating')))
    .orderBy(sql`${solutionAdoptions.operatingSince} asc nulls last`, asc(solutionAdoptions.requestedAt));
}

export interface ExperienceReportRow {
  id: string;
  organisationId: string;
  reportChanges: string;
  reportCosts: string;
  reportLessons: string;
  reportedAt: Date;
}

/** The adopters' experience reports; a request the owner never accepted has none to show. */
export async function listExperienceReports(db: Executor, solutionId: string): Promise<ExperienceReportRow[]> {
  const rows = await db
    .select({
      id: solutionAdoptions.id,
      organisationId: solutionAdoptions.organisationId,
      reportChanges: solutionAdoptions.reportChanges,
      reportCosts: solutionAdoptions.reportCosts,
      reportLessons: solutionAdoptions.reportLessons,
      reportedAt: solutionAdoptions.reportedAt,
    })
    .from(solutionAdoptions)
    .where(
      and(
        eq(solutionAdoptions.solutionId, solutionId),
        isNotNull(solutionAdoptions.reportedAt),
        notInArray(solutionAdoptions.status, ['requested', 'declined']),
      ),
    )
    .orderBy(desc(solutionAdoptions.reportedAt));
  return rows.flatMap((r) => (r.reportedAt ? [{ ...r, reportedAt: r.reportedAt }] : []));
}

export interface SolutionDocumentRow {
  id: string;
  title: string;
  fileId: string;
  contentType: string;
  size: number;
}

export async function listSolutionDocuments(db: Executor, solutionId: string): Promise<SolutionDocumentRow[]> {
  return db
    .select({
      id: solutionDocuments.id,
      title: solutionDocuments.title,
      fileId: solutionDocuments.fileId,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
    })
    .from(solutionDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, solutionDocuments.fileId))
    .where(eq(solutionDocuments.solutionId, solutionId))
    .orderBy(asc(solutionDocuments.position), asc(solutionDocuments.createdAt));
}

/** A document only under its own solution: another solution's document id is not found. */
export async function findSolutionDocument(db: Executor, solutionId: string, documentId: string): Promise<{ fileId: string } | undefined> {
  const [row] = await db
    .select({ fileId: solutionDocuments.fileId })
    .from(solutionDocuments)
    .where(and(eq(solutionDocuments.solutionId, solutionId), eq(solutionDocuments.id, documentId)));
  return row;
}
