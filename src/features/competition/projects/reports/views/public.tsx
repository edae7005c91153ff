import { formatDate } from '../../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../../platform/markdown/markdown.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { Layout } from '../../../../../platform/views/layout.tsx';
import { projectPath, PUBLIC_PATH, SHOWCASE_PATH } from '../../../core/paths.ts';
import type { ShowcaseRow } from '../../repository.ts';
import { publicReportFilePath, publicReportPath } from '../paths.ts';
import type { ReportWithFiles } from '../service.ts';
import { FileList } from './shared.tsx';

/** The section of a project's public page with its published reports; nothing while there are none. */
export function PublishedReports(props: { ctx: ViewContext; project: ShowcaseRow; reports: ReportWithFiles[] }) {
  const { ctx, project } = props;
  const m = ctx.t.competitionReports.public;
  if (props.reports.length === 0) return null;
  return (
    <>
      <h2 class="kern-heading-large">{m.title}</h2>
      <p class="kern-body">{m.lead}</p>
      {props.reports.map(({ report, files }) => (
        <div key={report.id}>
          <h3 class="kern-heading-medium">
            <a href={publicReportPath(project.slug, report.id)}>{report.title}</a>
          </h3>
          <p class="kern-hint">{m.published(formatDate(ctx.locale, report.publishedAt!))}</p>
          {files.length > 0 ? <FileList ctx={ctx} files={files} href={(f) => publicReportFilePath(project.slug, report.id, f.id)} /> : null}
        </div>
      ))}
    </>
  );
}

/** A published report on its own page, below its project on the showcase. */
export function PublicReportPage(props: { ctx: ViewContext; project: ShowcaseRow; found: ReportWithFiles }) {
  const { ctx, project, found } = props;
  const { report } = found;
  const m = ctx.t.competitionReports.public;
  const breadcrumbs = [
    { href: PUBLIC_PATH, label: ctx.t.competition.public.title },
    { href: SHOWCASE_PATH, label: ctx.t.competition.projects.title },
    { href: projectPath(project.slug), label: project.title },
    { label: report.title },
  ];
  return (
    <Layout ctx={ctx} title={`${report.title} – ${project.title}`} breadcrumbs={breadcrumbs}>
      <p class="kern-body">
        <strong>{project.municipality}</strong>
      </p>
      <h1 class="kern-heading-x-large">{report.title}</h1>
      <p class="kern-body kern-body--large">{project.title}</p>
      <p class="kern-hint">{m.published(formatDate(ctx.locale, report.publishedAt!))}</p>
      <Markdown text={report.body} headingLevel={0} idPrefix="bericht-" />
      {found.files.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.files}</h2>
          <FileList ctx={ctx} files={found.files} href={(f) => publicReportFilePath(project.slug, report.id, f.id)} />
        </>
      ) : null}
      <p class="kern-body">
        <a href={projectPath(project.slug)}>{m.back(project.title)}</a>
      </p>
    </Layout>
  );
}
