import { formatFileSize } from '../../../../platform/files/index.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table, Notice } from '../../../../platform/views/components/content.tsx';
import { FileField } from '../../../../platform/views/components/file-field.tsx';
import { Button, ErrorSummary, Form, Select, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ATTACHMENT_KINDS } from '../../core/application-tables.ts';
import { applicationPath } from '../../core/paths.ts';
import type { ApplicationDossier } from '../service.ts';
import { BackLink } from './answer-pages.tsx';
import { ApplicationLayout } from './shared.tsx';

/** What the file input accepts; the store checks the bytes, this only helps the file picker. */
export const ATTACHMENT_ACCEPT =
  '.pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function AttachmentsPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  maxMegabytes: number;
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, values, errors } = props;
  const m = ctx.t.competitionApplications.attachments;
  const id = dossier.application.id;
  const rows = dossier.attachments.map((a) => [
    m.kinds[a.kind],
    <a key={a.id} href={applicationPath(id, `anlagen/${a.id}`)}>
      {`${a.originalName} (${formatFileSize(ctx.locale, a.size)})`}
    </a>,
    <Form key={`remove-${a.id}`} ctx={ctx} action={applicationPath(id, `anlagen/${a.id}/entfernen`)}>
      <Button variant="tertiary" ariaLabel={m.removeLabel(a.originalName)}>
        {m.remove}
      </Button>
    </Form>,
  ]);
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={m.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(props.maxMegabytes)}</p>
      {rows.length === 0 ? <p class="kern-body">{m.none}</p> : <Table caption={m.caption} head={[m.head.kind, m.head.file, m.head.actions]} rows={rows} />}
      <h2 class="kern-heading-medium">{m.add}</h2>
      <Form ctx={ctx} action={applicationPath(id, 'anlagen')} submissionId={props.submissionId} multipart>
        <Select
          name="kind"
          label={m.kind}
          value={valueFor(values, 'kind')}
          error={errorFor(errors, 'kind')}
          options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
        />
        <FileField name="file" label={m.file} hint={m.fileHint} error={errorFor(errors, 'file')} accept={ATTACHMENT_ACCEPT} />
        <Button>{m.add}</Button>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}
