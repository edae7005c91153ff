import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import type { DocumentFormState } from '../../../../platform/files/document-upload.ts';
import { type DocumentNotice, DocumentRowActions, DocumentUploadForm } from '../../../../platform/views/components/documents.tsx';
import { ErrorSummary } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { callDocumentPath, EDITOR_PATH, editorCallPath, editorDocumentsPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { CallDocument } from '../repository.ts';

/** The editors' list of a call's documents with the form to upload another. */
export function DocumentsPage(
  props: {
    ctx: ViewContext;
    call: CompetitionCallRow;
    documents: CallDocument[];
    maxMegabytes: number;
    notice?: DocumentNotice | undefined;
  } & DocumentFormState,
) {
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
    <DocumentRowActions
      key="actions"
      ctx={ctx}
      base={`${editorDocumentsPath(call.id)}/${document.id}`}
      title={document.title}
      index={i}
      count={documents.length}
      words={m}
    />,
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
      <DocumentUploadForm
        ctx={ctx}
        action={editorDocumentsPath(call.id)}
        submissionId={props.submissionId}
        words={m}
        values={values}
        errors={errors}
        chooseAgain={props.chooseAgain}
      />
    </Layout>
  );
}
