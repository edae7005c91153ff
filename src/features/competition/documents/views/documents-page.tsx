import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import { FileField } from '../../../../platform/views/components/file-field.tsx';
import { Button, ErrorSummary, errorFor, Form, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { callDocumentPath, EDITOR_PATH, editorCallPath, editorDocumentsPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { CallDocument } from '../repository.ts';

export type DocumentNotice = 'added' | 'removed' | 'moved';

/** What the file input offers; the store checks the bytes, this only helps the file picker. */
const DOCUMENT_ACCEPT = [
  '.pdf',
  '.odt',
  '.docx',
  '.xlsx',
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/**
 * The buttons of one document's row. Each names the document in aria-label: a visually hidden
 * span inside a scrolling table would widen the whole page on small screens.
 */
function RowActions(props: { ctx: ViewContext; call: CompetitionCallRow; document: CallDocument; index: number; count: number }) {
  const { ctx, document, index, count } = props;
  const m = ctx.t.competitionDocuments.editor;
  const base = `${editorDocumentsPath(props.call.id)}/${document.id}`;
  const move = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={ctx} action={`${base}/verschieben`} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={direction} ariaLabel={m.actionLabel(text, document.title)}>
        {text}
      </Button>
    </Form>
  );
  return (
    <div class="dk-actions">
      {index === 0 ? null : move('hoch', m.up)}
      {index === count - 1 ? null : move('runter', m.down)}
      <Form ctx={ctx} action={`${base}/entfernen`} class="dk-inline-form">
        <Button variant="tertiary" ariaLabel={m.actionLabel(m.remove, document.title)}>
          {m.remove}
        </Button>
      </Form>
    </div>
  );
}

/** The editors' list of a call's documents with the form to upload another. */
export function DocumentsPage(props: {
  ctx: ViewContext;
  call: CompetitionCallRow;
  documents: CallDocument[];
  maxMegabytes: number;
  submissionId: string;
  notice?: DocumentNotice | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  /** the name of a good file that went with a form refused for another field */
  chooseAgain?: string | undefined;
}) {
  const { ctx, call, documents, values, errors } = props;
  const m = ctx.t.competitionDocuments.editor;
  const crumbs = [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
    { href: editorCallPath(call.id), label: call.title },
    { label: m.title },
  ];
  const rows = documents.map((document, i) => [
    String(i + 1),
    // the download answers editors for a draft call too
    <a key="title" href={callDocumentPath(call.slug, document.id)}>
      {document.title}
    </a>,
    ctx.t.competitionDocuments.public.file(fileTypeLabel(document.contentType), formatFileSize(ctx.locale, document.size)),
    <RowActions key="actions" ctx={ctx} call={call} document={document} index={i} count={documents.length} />,
  ]);
  return (
    <Layout ctx={ctx} title={`${m.title}: ${call.title}`} breadcrumbs={crumbs} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{call.title}</p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(props.maxMegabytes)}</p>
      {call.status === 'published' ? null : (
        <NotificationBanner ctx={ctx}>
          <p class="kern-body">{m.draft}</p>
        </NotificationBanner>
      )}
      {rows.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.position, m.head.title, m.head.file, m.head.actions]} rows={rows} />
      )}
      <h2 class="kern-heading-large">{m.addTitle}</h2>
      <Form ctx={ctx} action={editorDocumentsPath(call.id)} submissionId={props.submissionId} multipart>
        <TextField
          name="title"
          label={m.fields.title}
          hint={m.fields.titleHint}
          value={valueFor(values, 'title')}
          error={errorFor(errors, 'title')}
          maxLength={200}
        />
        <FileField
          name="file"
          label={m.fields.file}
          hint={m.fields.fileHint}
          notes={[props.chooseAgain === undefined ? undefined : m.fields.chooseAgain(props.chooseAgain)]}
          error={errorFor(errors, 'file')}
          accept={DOCUMENT_ACCEPT}
        />
        <Button>{m.add}</Button>
      </Form>
    </Layout>
  );
}
