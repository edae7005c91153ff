import type { FieldError, FormValues } from '../../../../../platform/http/form.ts';
import { NotificationBanner, Table, Notice } from '../../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, TextField, errorFor, valueFor } from '../../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { projectWorkspacePath } from '../../../core/paths.ts';
import type { ProjectRow } from '../../../core/project-repository.ts';
import type { ProjectRole } from '../../require-project.ts';
import { reportPath, reportsPath } from '../paths.ts';
import type { ReportListRow } from '../repository.ts';
import { isOverdue } from '../rules.ts';
import { ReportState, ReportsLayout } from './shared.tsx';

const removable = (r: ReportListRow) => r.status === 'due' && r.body === '' && r.fileCount === 0;

/** The project's reports in the order they are due; the editors schedule and remove them here. */
export function ReportsPage(props: {
  ctx: ViewContext;
  project: ProjectRow;
  role: ProjectRole;
  reports: ReportListRow[];
  today: string;
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, project, values, errors } = props;
  const m = ctx.t.competitionReports;
  const editor = props.role === 'editor';
  const overdue = props.reports.filter((r) => isOverdue(r, props.today));
  const rows = props.reports.map((r) => [
    <a key={r.id} href={reportPath(project.id, r.id)}>
      {r.title}
    </a>,
    <ReportState key={`state-${r.id}`} ctx={ctx} report={r} today={props.today} />,
    ...(editor
      ? [
          removable(r) ? (
            <Form key={`remove-${r.id}`} ctx={ctx} action={reportPath(project.id, r.id, 'entfernen')}>
              <Button variant="tertiary" ariaLabel={m.removeLabel(r.title)}>
                {m.remove}
              </Button>
            </Form>
          ) : null,
        ]
      : []),
  ]);
  return (
    <ReportsLayout ctx={ctx} project={project} title={m.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-body">
        <strong>{project.title}</strong>
      </p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {overdue.length > 0 ? (
        <NotificationBanner ctx={ctx} variant="warning" title={m.overdueTitle}>
          <p class="kern-body">{m.overdueLead(overdue.length)}</p>
          <ul class="kern-list">
            {overdue.map((r) => (
              <li key={r.id}>
                <a href={reportPath(project.id, r.id)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.status, ...(editor ? [m.head.actions] : [])]} rows={rows} />
      )}
      {editor ? (
        <>
          <h2 class="kern-heading-medium">{m.schedule.title}</h2>
          <p class="kern-body">{m.schedule.lead}</p>
          <Form ctx={ctx} action={reportsPath(project.id)} submissionId={props.submissionId}>
            <TextField
              name="title"
              label={m.schedule.name}
              hint={m.schedule.nameHint}
              value={valueFor(values, 'title')}
              error={errorFor(errors, 'title')}
              maxLength={200}
            />
            <TextField name="dueOn" type="date" label={m.schedule.dueOn} value={valueFor(values, 'dueOn')} error={errorFor(errors, 'dueOn')} width="half" />
            <Button>{m.schedule.submit}</Button>
          </Form>
        </>
      ) : null}
      <p class="kern-body">
        <a href={projectWorkspacePath(project.id)}>{m.back}</a>
      </p>
    </ReportsLayout>
  );
}
