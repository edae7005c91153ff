import type { Executor } from '../../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../../platform/search/index.ts';
import { publicReportPath } from './paths.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import type { ReportRow } from './repository.ts';

const FEATURE = 'competition-reports';

/**
 * A published report is findable by its text, under the project's type: people look for what
 * a model municipality did, and the report is part of that. Any other report is not in the index.
 */
export async function syncReportSearch(tx: Executor, project: ProjectRow, report: ReportRow): Promise<void> {
  if (!report.publishedAt) {
    await removeSearchDocument(tx, FEATURE, report.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: report.id,
    type: 'project',
    title: `${report.title}: ${project.title} (${project.municipality})`,
    summary: project.summary,
    body: report.body,
    url: publicReportPath(project.slug, report.id),
    fieldsOfAction: project.fieldsOfAction,
    published: true,
    publishedAt: report.publishedAt,
    updatedAt: report.updatedAt,
  });
}
