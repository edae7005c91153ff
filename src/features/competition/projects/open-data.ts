import type { ExportTable } from '../../../platform/exports/table.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { projectPath } from '../core/paths.ts';
import type { ShowcaseRow } from './repository.ts';

/** One funded project as open data: stable English keys, amounts in euros, absolute addresses. */
export function projectRecord(project: ShowcaseRow, baseUrl: string) {
  return {
    id: project.id,
    url: `${baseUrl}${projectPath(project.slug)}`,
    municipality: project.municipality,
    title: project.title,
    summary: project.summary,
    fieldsOfAction: project.fieldsOfAction,
    fundingEur: project.amountCents / 100,
    status: project.status,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    competition: { slug: project.callSlug, title: project.callTitle },
  };
}

/** The same as a table for the CSV download, headed in the page's language. */
export function projectTable(projects: ShowcaseRow[], t: Messages, fieldNames: ReadonlyMap<string, string>, baseUrl: string): ExportTable {
  const m = t.competition.projects;
  return {
    title: m.title,
    header: [...m.csvHeader],
    rows: projects.map((p) => [
      p.municipality,
      p.title,
      p.summary,
      p.fieldsOfAction.map((slug) => fieldNames.get(slug) ?? slug).join(', '),
      (p.amountCents / 100).toFixed(2).replace('.', ','),
      m.statuses[p.status],
      p.startsOn,
      p.endsOn,
      p.callTitle,
      `${baseUrl}${projectPath(p.slug)}`,
    ]),
  };
}
