import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client.ts';
import { storedFiles } from '../../../../platform/files/tables.ts';
import { competitionReportFiles, competitionReports } from '../../core/project-tables.ts';

export type ReportRow = typeof competitionReports.$inferSelect;
export type ReportChanges = Partial<typeof competitionReports.$inferInsert>;
export type ReportListRow = ReportRow & { fileCount: number };
export type ReportFileRow = typeof competitionReportFiles.$inferSelect & { originalName: string; contentType: string; size: number };

const fileCount = sql<number>`(select count(*) from ${competitionReportFiles} where ${competitionReportFiles.reportId} = ${competitionReports.id})::int`;

/** The project's reports, the next due first. */
export async function listReports(db: Executor, projectId: string): Promise<ReportListRow[]> {
  const rows = await db
    .select({ report: competitionReports, fileCount })
    .from(competitionReports)
    .where(eq(competitionReports.projectId, projectId))
    .orderBy(asc(competitionReports.dueOn), asc(competitionReports.createdAt));
  return rows.map((r) => ({ ...r.report, fileCount: r.fileCount }));
}

/** A report only under its own project: another project's report id finds nothing. */
export async function findReport(db: Executor, projectId: string, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionReports)
    .where(and(eq(competitionReports.id, reportId), eq(competitionReports.projectId, projectId)));
  return row;
}

export async function lockReport(db: Executor, projectId: string, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionReports)
    .where(and(eq(competitionReports.id, reportId), eq(competitionReports.projectId, projectId)))
    .for('update');
  return row;
}

export async function insertReport(db: Executor, values: typeof competitionReports.$inferInsert): Promise<ReportRow> {
  const [row] = await db.insert(competitionReports).values(values).returning();
  return row!;
}

export async function updateReportRow(db: Executor, id: string, values: ReportChanges): Promise<ReportRow> {
  const [row] = await db
    .update(competitionReports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(competitionReports.id, id))
    .returning();
  return row!;
}

/** Deletes the report only while it is due, unwritten and without files; undefined otherwise. */
export async function deleteEmptyReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .delete(competitionReports)
    .where(and(eq(competitionReports.id, id), eq(competitionReports.status, 'due'), eq(competitionReports.body, ''), sql`${fileCount} = 0`))
    .returning();
  return row;
}

const fileColumns = {
  file: competitionReportFiles,
  originalName: storedFiles.originalName,
  contentType: storedFiles.contentType,
  size: storedFiles.size,
};

/** The files of the reports, in the order they were added. */
export async function listReportFiles(db: Executor, reportIds: string[]): Promise<ReportFileRow[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .select(fileColumns)
    .from(competitionReportFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, competitionReportFiles.fileId))
    .where(inArray(competitionReportFiles.reportId, reportIds))
    .orderBy(asc(competitionReportFiles.createdAt), asc(competitionReportFiles.id));
  return rows.map((r) => ({ ...r.file, originalName: r.originalName, contentType: r.contentType, size: r.size }));
}

/** A file only under its own report. */
export async function findReportFile(db: Executor, reportId: string, id: string): Promise<ReportFileRow | undefined> {
  const [row] = await db
    .select(fileColumns)
    .from(competitionReportFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, competitionReportFiles.fileId))
    .where(and(eq(competitionReportFiles.id, id), eq(competitionReportFiles.reportId, reportId)));
  return row ? { ...row.file, originalName: row.originalName, contentType: row.contentType, size: row.size } : undefined;
}

export async function insertReportFile(db: Executor, values: typeof competitionReportFiles.$inferInsert): Promise<void> {
  await db.insert(competitionReportFiles).values(values);
}

export async function deleteReportFile(db: Executor, reportId: string, id: string): Promise<{ fileId: string; title: string } | undefined> {
  const [row] = await db
    .delete(competitionReportFiles)
    .where(and(eq(competitionReportFiles.id, id), eq(competitionReportFiles.reportId, reportId)))
    .returning({ fileId: competitionReportFiles.fileId, title: competitionReportFiles.title });
  return row;
}

/** The project's published reports, in the order they were due. */
export async function listPublishedReports(db: Executor, projectId: string): Promise<ReportRow[]> {
  return db
    .select()
    .from(competitionReports)
    .where(and(eq(competitionReports.projectId, projectId), isNotNull(competitionReports.publishedAt)))
    .orderBy(asc(competitionReports.dueOn), asc(competitionReports.createdAt));
}

/**
 * Marks the reports whose reminder is due as reminded and returns them. The row condition makes
 * the claim: of two processes sweeping at once, each report goes to exactly one.
 */
export async function claimDueReminders(db: Executor, window: { from: string; until: string }): Promise<ReportRow[]> {
  return db
    .update(competitionReports)
    .set({ remindedAt: sql`now()` })
    .where(
      and(
        isNull(competitionReports.remindedAt),
        eq(competitionReports.status, 'due'),
        sql`${competitionReports.dueOn} between ${window.from} and ${window.until}`,
      ),
    )
    .returning();
}

/** The reports a person submitted, for the data export. */
export async function listReportsSubmittedBy(
  db: Executor,
  userId: string,
): Promise<Pick<ReportRow, 'id' | 'projectId' | 'title' | 'status' | 'submittedAt'>[]> {
  return db
    .select({
      id: competitionReports.id,
      projectId: competitionReports.projectId,
      title: competitionReports.title,
      status: competitionReports.status,
      submittedAt: competitionReports.submittedAt,
    })
    .from(competitionReports)
    .where(eq(competitionReports.submittedBy, userId))
    .orderBy(asc(competitionReports.submittedAt));
}

/** Account deletion keeps the (anonymised) user row, so "set null" never fires: the link goes here. */
export async function unlinkReportsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(competitionReports).set({ submittedBy: null }).where(eq(competitionReports.submittedBy, userId));
}
