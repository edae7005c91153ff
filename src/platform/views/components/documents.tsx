import type { FieldError, FormValues } from '../../http/form.ts';
import type { ViewContext } from '../context.ts';
import { FileField } from './file-field.tsx';
import { Button, errorFor, Form, TextField, valueFor } from './form.tsx';

/** What the file input offers; the store checks the bytes (files/document-upload.ts), this only helps the file picker. */
export const DOCUMENT_ACCEPT = [
  '.pdf',
  '.odt',
  '.docx',
  '.xlsx',
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** What a documents page confirms after a redirect. */
export type DocumentNotice = 'added' | 'removed' | 'moved';

/** The owning page's words for the form. */
export interface DocumentUploadFormWords {
  addTitle: string;
  add: string;
  fields: { title: string; titleHint: string; file: string; fileHint: string; chooseAgain: (name: string) => string };
}

/**
 * "Dokument hinzufügen": a document's title and its file, under a second-level heading, for the
 * pages whose route takes it with receiveDocumentUpload (files/document-upload.ts).
 */
export function DocumentUploadForm(props: {
  ctx: ViewContext;
  action: string;
  submissionId: string;
  words: DocumentUploadFormWords;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  chooseAgain?: string | undefined;
}) {
  const m = props.words;
  return (
    <>
      <h2 class="kern-heading-large">{m.addTitle}</h2>
      <Form ctx={props.ctx} action={props.action} submissionId={props.submissionId} multipart>
        <TextField
          name="title"
          label={m.fields.title}
          hint={m.fields.titleHint}
          value={valueFor(props.values, 'title')}
          error={errorFor(props.errors, 'title')}
          maxLength={200}
        />
        <FileField
          name="file"
          label={m.fields.file}
          hint={m.fields.fileHint}
          notes={[props.chooseAgain === undefined ? undefined : m.fields.chooseAgain(props.chooseAgain)]}
          error={errorFor(props.errors, 'file')}
          accept={DOCUMENT_ACCEPT}
        />
        <Button>{m.add}</Button>
      </Form>
    </>
  );
}

/** The owning page's words for a document's buttons; `label` names the document for screen readers. */
export interface DocumentActionWords {
  up: string;
  down: string;
  remove: string;
  actionLabel: (action: string, title: string) => string;
}

/**
 * The buttons of one document's row in a list its editors order by hand: up and down (posting
 * `direction` to `<base>/verschieben`, platform/editor/move.ts) and remove (`<base>/entfernen`).
 * Each names the document in aria-label: a visually hidden span inside a scrolling table would
 * widen the whole page on small screens.
 */
export function DocumentRowActions(props: { ctx: ViewContext; base: string; title: string; index: number; count: number; words: DocumentActionWords }) {
  const { ctx, base, title, index, count, words: m } = props;
  const move = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={ctx} action={`${base}/verschieben`} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={direction} ariaLabel={m.actionLabel(text, title)}>
        {text}
      </Button>
    </Form>
  );
  return (
    <div class="dk-actions">
      {index === 0 ? null : move('hoch', m.up)}
      {index === count - 1 ? null : move('runter', m.down)}
      <Form ctx={ctx} action={`${base}/entfernen`} class="dk-inline-form">
        <Button variant="tertiary" ariaLabel={m.actionLabel(m.remove, title)}>
          {m.remove}
        </Button>
      </Form>
    </div>
  );
}
