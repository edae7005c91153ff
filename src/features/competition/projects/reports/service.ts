import type { Executor } from '../../../../platform/db/client.ts';
import { findShowcaseProject, type ShowcaseRow } from '../repository.ts';
import { findReport, listPublishedReports, listReportFiles, listReports, type ReportFileRow, type ReportListRow, type ReportRow } from './repository.ts';

export type { ReportFileRow, ReportListRow, ReportRow };

/** A report with its attachments, as its page and the showcase show it. */
export interface ReportWithFiles {
  report: ReportRow;
  files: ReportFileRow[];
}

export async function listProjectReports(db: Executor, projectId: string): Promise<ReportListRow[]> {
  return listReports(db, projectId);
}

/** The project's report with its files; undefined for another project's report. */
export async function loadReport(db: Executor, projectId: string, reportId: string): Promise<ReportWithFiles | undefined> {
  const report = await findReport(db, projectId, reportId);
  return report ? { report, files: await listReportFiles(db, [report.id]) } : undefined;
}

/** The reports the showcase shows for the project, each with its files. */
export async function publishedReportsOf(db: Executor, projectId: string): Promise<ReportWithFiles[]> {
  const reports = await listPublishedReports(db, projectId);
  const files = await listReportFiles(
    db,
    reports.map((r) => r.id),
  );
  return reports.map((report) => ({ report, files: files.filter((f) => f.reportId === report.id) }));
}

/** A published report on the showcase page of its project; undefined for anything else. */
export async function findPublishedReport(
  db: Executor,
  projectSlug: string,
  reportId: string,
): Promise<(ReportWithFiles & { project: ShowcaseRow }) | undefined> {
  const project = await findShowcaseProject(db, projectSlug);
  const found = project ? await loadReport(db, project.id, reportId) : undefined;
  return project && found?.report.publishedAt ? { project, ...found } : undefined;
}
