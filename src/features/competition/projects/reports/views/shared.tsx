import type { ComponentChildren } from 'preact';
import { formatCalendarDay, formatDate } from '../../../../../platform/i18n/dates.ts';
import { fileTypeLabel, formatFileSize } from '../../../../../platform/files/index.ts';
import { Tag } from '../../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../../platform/views/context.ts';
import { Layout } from '../../../../../platform/views/layout.tsx';
import { projectWorkspacePath, PUBLIC_PATH } from '../../../core/paths.ts';
import type { ProjectRow } from '../../../core/project-repository.ts';
import { reportsPath } from '../paths.ts';
import type { ReportFileRow, ReportRow } from '../repository.ts';
import { isOverdue, stageOf } from '../rules.ts';

/** The frame of the reports' pages: the way back to the project's workspace and to its reports. */
export function ReportsLayout(props: { ctx: ViewContext; project: ProjectRow; title: string; report?: ReportRow; children: ComponentChildren }) {
  const { ctx, project } = props;
  const m = ctx.t.competitionReports;
  const crumbs: Crumb[] = [
    { href: PUBLIC_PATH, label: ctx.t.competition.public.title },
    { href: projectWorkspacePath(project.id), label: project.title },
    ...(props.report ? [{ href: reportsPath(project.id), label: m.title }, { label: props.report.title }] : [{ label: m.title }]),
  ];
  return (
    <Layout ctx={ctx} title={props.title} breadcrumbs={crumbs}>
      {props.children}
    </Layout>
  );
}

const STAGE_COLOURS = { due: 'blue', overdue: 'red', submitted: 'yellow', accepted: 'green', published: 'green' } as const;

/** Where the report stands, as a tag: "Fällig am …", "Eingereicht am …", "Angenommen". */
export function ReportState(props: { ctx: ViewContext; report: ReportRow; today: string }) {
  const { ctx, report } = props;
  const m = ctx.t.competitionReports;
  const stage = isOverdue(report, props.today) ? 'overdue' : stageOf(report);
  const dueOn = formatCalendarDay(ctx.locale, report.dueOn, 'long');
  const words = {
    due: m.state.due(dueOn),
    overdue: m.state.overdue(dueOn),
    submitted: m.state.submitted(report.submittedAt ? formatDate(ctx.locale, report.submittedAt) : dueOn),
    accepted: m.state.accepted,
    published: m.state.published,
  }[stage];
  return <Tag colour={STAGE_COLOURS[stage]}>{words}</Tag>;
}

/** A download's words: what the file is, its type and size. */
export function fileLabel(ctx: ViewContext, file: ReportFileRow): string {
  return ctx.t.competitionReports.files.link(file.title, fileTypeLabel(file.contentType), formatFileSize(ctx.locale, file.size));
}

/** The attachments as a list of downloads, where nothing is to be changed. */
export function FileList(props: { ctx: ViewContext; files: ReportFileRow[]; href: (file: ReportFileRow) => string }) {
  return (
    <ul class="kern-list">
      {props.files.map((f) => (
        <li key={f.id}>
          <a href={props.href(f)} download>
            {fileLabel(props.ctx, f)}
          </a>
        </li>
      ))}
    </ul>
  );
}
