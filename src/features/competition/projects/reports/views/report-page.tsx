import type { FieldError, FormValues } from '../../../../../platform/http/form.ts';
import { formatCalendarDay, formatDate } from '../../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../../platform/markdown/markdown.tsx';
import { SummaryList, Table, type SummaryRow, Notice } from '../../../../../platform/views/components/content.tsx';
import { FileField } from '../../../../../platform/views/components/file-field.tsx';
import { Button, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import type { ProjectRow } from '../../../core/project-repository.ts';
import type { ProjectRole } from '../../require-project.ts';
import { publicReportPath, reportPath, reportsPath } from '../paths.ts';
import { isWritable, MIN_REPORT_LENGTH, stageOf, transitionsFrom } from '../rules.ts';
import type { ReportWithFiles } from '../service.ts';
import { fileLabel, ReportState, ReportsLayout } from './shared.tsx';

/** What the file input accepts; the store checks the bytes, this only helps the file picker. */
const FILE_ACCEPT =
  '.pdf,.odt,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

export interface ReportPageProps {
  ctx: ViewContext;
  project: ProjectRow;
  role: ProjectRole;
  found: ReportWithFiles;
  today: string;
  maxMegabytes: number;
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

/**
 * One report: the managers write it and attach files while it is due; the editors read it,
 * accept it or return it, and publish it once accepted.
 */
export function ReportPage(props: ReportPageProps) {
  const { ctx, project, found, errors } = props;
  const { report } = found;
  const m = ctx.t.competitionReports;
  const writing = props.role === 'manager' && isWritable(report.status);
  return (
    <ReportsLayout ctx={ctx} project={project} title={report.title} report={report}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{report.title}</h1>
      <Facts {...props} />
      <h2 class="kern-heading-medium">{m.report.text}</h2>
      {writing ? <WriteForm {...props} /> : <ReportText {...props} />}
      <Files {...props} writing={writing} />
      {props.role === 'editor' ? <Review {...props} /> : null}
      <p class="kern-body">
        <a href={reportsPath(project.id)}>{m.backToList}</a>
      </p>
    </ReportsLayout>
  );
}

function Facts(props: ReportPageProps) {
  const { ctx, project, found } = props;
  const { report } = found;
  const m = ctx.t.competitionReports.report;
  const rows: SummaryRow[] = [
    { key: m.project, value: project.title },
    { key: m.status, value: <ReportState ctx={ctx} report={report} today={props.today} /> },
    { key: m.dueOn, value: formatCalendarDay(ctx.locale, report.dueOn, 'long') },
    ...(report.status !== 'due' && report.submittedAt ? [{ key: m.submittedAt, value: formatDate(ctx.locale, report.submittedAt) }] : []),
    ...(report.acceptedAt ? [{ key: m.acceptedAt, value: formatDate(ctx.locale, report.acceptedAt) }] : []),
    ...(report.publishedAt ? [{ key: m.publishedAt, value: formatDate(ctx.locale, report.publishedAt) }] : []),
  ];
  return <SummaryList ctx={ctx} rows={rows} />;
}

function WriteForm(props: ReportPageProps) {
  const { ctx, project, found, values, errors } = props;
  const m = ctx.t.competitionReports.report;
  const body = values ? valueFor(values, 'body') : found.report.body;
  return (
    <Form ctx={ctx} action={reportPath(project.id, found.report.id)}>
      <TextArea name="body" label={m.body} hint={m.bodyHint(MIN_REPORT_LENGTH)} value={body} error={errorFor(errors, 'body')} rows={16} />
      <p class="kern-body">{m.submitHint}</p>
      <div class="dk-actions">
        <Button name="action" value="submit">
          {m.submit}
        </Button>
        <Button name="action" value="save" variant="secondary">
          {m.save}
        </Button>
      </div>
    </Form>
  );
}

function ReportText(props: ReportPageProps) {
  const { ctx, found } = props;
  const m = ctx.t.competitionReports.report;
  const { report } = found;
  return (
    <>
      {report.status === 'due' ? <p class="kern-body">{m.draft}</p> : null}
      {props.role === 'manager' && report.status === 'submitted' ? <p class="kern-body">{m.waiting}</p> : null}
      {report.body.trim() === '' ? <p class="kern-body">{m.empty}</p> : <Markdown text={report.body} headingLevel={1} idPrefix="bericht-" />}
    </>
  );
}

function Files(props: ReportPageProps & { writing: boolean }) {
  const { ctx, project, found, values, errors } = props;
  const m = ctx.t.competitionReports.files;
  const id = found.report.id;
  const rows = found.files.map((f) => [
    f.title,
    <a key={f.id} href={reportPath(project.id, id, `anlagen/${f.id}`)} download>
      {fileLabel(ctx, f)}
    </a>,
    ...(props.writing
      ? [
          <Form key={`remove-${f.id}`} ctx={ctx} action={reportPath(project.id, id, `anlagen/${f.id}/entfernen`)}>
            <Button variant="tertiary" ariaLabel={m.removeLabel(f.title)}>
              {m.remove}
            </Button>
          </Form>,
        ]
      : []),
  ]);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.file, ...(props.writing ? [m.head.actions] : [])]} rows={rows} />
      )}
      {props.writing ? (
        <>
          <h3 class="kern-heading-small">{m.add}</h3>
          <p class="kern-body">{m.lead(props.maxMegabytes)}</p>
          <Form ctx={ctx} action={reportPath(project.id, id, 'anlagen')} submissionId={props.submissionId} multipart>
            <TextField name="title" label={m.name} hint={m.nameHint} value={valueFor(values, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
            <FileField name="file" label={m.file} hint={m.fileHint} error={errorFor(errors, 'file')} accept={FILE_ACCEPT} />
            <Button variant="secondary">{m.upload}</Button>
          </Form>
        </>
      ) : null}
    </>
  );
}

function Review(props: ReportPageProps) {
  const { ctx, project, found, values, errors } = props;
  const m = ctx.t.competitionReports.review;
  const stage = stageOf(found.report);
  const steps = transitionsFrom(stage, 'editor');
  const action = reportPath(project.id, found.report.id, 'status');
  if (steps.length === 0) return null;
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      {steps.includes('accept') ? (
        <>
          <p class="kern-body">{m.acceptLead}</p>
          <Form ctx={ctx} action={action}>
            <Button name="transition" value="accept">
              {m.accept}
            </Button>
          </Form>
          <Form ctx={ctx} action={action}>
            <TextArea name="note" label={m.note} hint={m.noteHint} value={valueFor(values, 'note')} error={errorFor(errors, 'note')} rows={5} />
            <Button name="transition" value="return" variant="secondary">
              {m.return}
            </Button>
          </Form>
        </>
      ) : null}
      {steps.includes('publish') ? (
        <>
          <p class="kern-body">{m.publishLead}</p>
          <Form ctx={ctx} action={action}>
            <Button name="transition" value="publish">
              {m.publish}
            </Button>
          </Form>
        </>
      ) : null}
      {steps.includes('unpublish') ? (
        <>
          <p class="kern-body">
            <a href={publicReportPath(project.slug, found.report.id)}>{m.publicLink}</a>
          </p>
          <Form ctx={ctx} action={action}>
            <Button name="transition" value="unpublish" variant="secondary">
              {m.unpublish}
            </Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
