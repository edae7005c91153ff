import type { AppDeps } from '../../../../platform/deps.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { isUuid } from '../../../../platform/text/uuid.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import { loadReport, type ReportWithFiles } from './service.ts';

/** The report, only under its own project: another project's report id is 404, as is any id that is none. */
export async function requireReport(deps: AppDeps, project: ProjectRow, reportId: string): Promise<ReportWithFiles> {
  const found = isUuid(reportId) ? await loadReport(deps.db, project.id, reportId) : undefined;
  if (!found) throw notFound();
  return found;
}
