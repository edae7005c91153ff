import { fileTypeLabel, formatFileSize, type StoredFileMeta } from '../../../platform/files/index.ts';
import { newSubmissionId, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/dates.ts';
import { Markdown } from '../../../platform/markdown/markdown.tsx';
import { fieldName, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { NotificationBanner, Table, Tag } from '../../../platform/views/components/content.tsx';
import {
  Button,
  ButtonLink,
  Choices,
  errorFor,
  ErrorSummary,
  Form,
  Select,
  TextArea,
  TextField,
  valueFor,
  valuesOf,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { imageMarkdown } from '../add-image.ts';
import type { ItemFiles } from '../editor-uploads.ts';
import { downloadPath, EDITOR_PATH, editorItemPath, filePath, itemPath } from '../paths.ts';
import type { ImageRow, ItemRow } from '../repository.ts';
import type { Transition } from '../schema.ts';
import { AUDIENCES, DOCUMENT_LANGUAGES, KNOWLEDGE_STATUSES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES, type KnowledgeStatus } from '../tables.ts';
import { FileField } from '../../../platform/views/components/file-field.tsx';
import type { FieldDiff, RecordVersion } from '../../versions/service.ts';
import { VersionComparison, VersionHistory } from '../../versions/ui.ts';
import type { VERSIONED_FIELDS } from '../item-versions.ts';

export const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

export function EditorListPage(props: { ctx: ViewContext; items: ItemRow[]; status: KnowledgeStatus | undefined }) {
  const { ctx } = props;
  const m = ctx.t.knowledge.editor;
  const k = ctx.t.knowledge;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <ButtonLink href={`${EDITOR_PATH}/neu`}>{m.create}</ButtonLink>
      <form method="get" action={EDITOR_PATH} class="dk-filter">
        <Select
          name="status"
          label={m.filterStatus}
          value={props.status ?? ''}
          placeholder={m.allStatuses}
          options={KNOWLEDGE_STATUSES.map((s) => ({ value: s, label: k.status[s] }))}
        />
        <Button variant="secondary">{m.filter}</Button>
      </form>
      {props.items.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.columns.title, m.columns.type, m.columns.status, m.columns.changed]}
          rows={props.items.map((i) => [
            <a href={editorItemPath(i.id)}>{i.title}</a>,
            k.types[i.type],
            <Tag colour={i.status === 'published' ? 'green' : i.status === 'in_review' ? 'yellow' : 'grey'}>{k.status[i.status]}</Tag>,
            formatDate(ctx.locale, i.updatedAt),
          ])}
        />
      )}
    </Layout>
  );
}

/** The form values of a saved item, as the form fields name them. */
export function itemValues(item: ItemRow): FormValues {
  const at = item.publishAt ? utcToBerlin(item.publishAt) : undefined;
  return {
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body,
    step: item.step ?? '',
    fieldsOfAction: item.fieldsOfAction,
    audiences: item.audiences,
    tags: item.tags.join(', '),
    videoUrl: item.videoUrl ?? '',
    language: item.language ?? 'de',
    publishDate: at?.date ?? '',
    publishTime: at?.time ?? '',
  };
}

/** "PDF, 1,2 MB": what a stored file is, in the reader's number format. */
export function fileDetails(ctx: ViewContext, meta: StoredFileMeta): string {
  return `${fileTypeLabel(meta.contentType)}, ${formatFileSize(ctx.locale, meta.size)}`;
}

export function ItemFormPage(props: {
  ctx: ViewContext;
  item?: ItemRow | undefined;
  fields: FieldOfAction[];
  /** the files the item has so far */
  files: ItemFiles;
  maxMb: number;
  values?: FormValues;
  errors?: FieldError[] | undefined;
  /** files accepted in a submit that was not saved, by input name: to be chosen again */
  chooseAgain?: Record<string, string>;
  submissionId?: string;
  preview?: boolean;
}) {
  const { ctx, values, errors, item, files } = props;
  const m = ctx.t.knowledge.editor;
  const f = m.fields;
  const k = ctx.t.knowledge;
  const title = item ? m.editTitle(item.title) : m.createTitle;
  const action = item ? `${editorItemPath(item.id)}/bearbeiten` : `${EDITOR_PATH}/neu`;
  const err = (n: string) => errorFor(errors, n);
  const current = (meta: StoredFileMeta | undefined) => (meta ? f.current(meta.originalName, fileDetails(ctx, meta)) : undefined);
  const again = (name: string) => {
    const chosen = props.chooseAgain?.[name];
    return chosen ? f.chooseAgain(chosen) : undefined;
  };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { label: title }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.preview ? (
        <section class="dk-preview" aria-labelledby="vorschau">
          <h2 class="kern-heading-large" id="vorschau">
            {m.previewTitle}
          </h2>
          <p class="kern-hint">{m.previewNote}</p>
          <Markdown text={valueFor(values, 'body')} headingLevel={1} idPrefix="vorschau-" />
        </section>
      ) : null}
      <Form ctx={ctx} action={action} submissionId={props.submissionId} multipart>
        <Select
          name="type"
          label={f.type}
          value={valueFor(values, 'type') || 'guide'}
          error={err('type')}
          options={KNOWLEDGE_TYPES.map((t) => ({ value: t, label: k.types[t] }))}
        />
        <TextField name="title" label={f.title} value={valueFor(values, 'title')} error={err('title')} maxLength={200} />
        <TextArea name="summary" label={f.summary} hint={f.summaryHint} value={valueFor(values, 'summary')} error={err('summary')} rows={3} />
        <TextArea name="body" label={f.body} hint={f.bodyHint} value={valueFor(values, 'body')} error={err('body')} rows={20} />
        <Select
          name="step"
          label={f.step}
          value={valueFor(values, 'step')}
          error={err('step')}
          options={[{ value: '', label: f.noStep }, ...KNOWLEDGE_STEPS.map((s) => ({ value: s, label: k.steps[s] }))]}
        />
        <Choices
          type="checkbox"
          name="fieldsOfAction"
          label={f.fieldsOfAction}
          selected={valuesOf(values, 'fieldsOfAction')}
          error={err('fieldsOfAction')}
          options={props.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />
        <Choices
          type="checkbox"
          name="audiences"
          label={f.audiences}
          selected={valuesOf(values, 'audiences')}
          error={err('audiences')}
          options={AUDIENCES.map((a) => ({ value: a, label: k.audiences[a] }))}
        />
        <TextField name="tags" label={f.tags} hint={f.tagsHint} value={valueFor(values, 'tags')} error={err('tags')} />
        <TextField name="videoUrl" type="url" label={f.videoUrl} hint={f.videoUrlHint} value={valueFor(values, 'videoUrl')} error={err('videoUrl')} />
        <TextField
          name="publishDate"
          type="date"
          label={f.publishDate}
          hint={f.publishHint}
          value={valueFor(values, 'publishDate')}
          error={err('publishDate')}
          width="half"
        />
        <TextField name="publishTime" type="time" label={f.publishTime} value={valueFor(values, 'publishTime')} error={err('publishTime')} width="short" />
        {/* The files come last: the text fields above reach the server before any file does. */}
        <h2 class="kern-heading-medium">{f.filesTitle}</h2>
        <p class="kern-body">{f.filesLead}</p>
        <Select
          name="language"
          label={f.language}
          hint={f.languageHint}
          value={valueFor(values, 'language') || 'de'}
          error={err('language')}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: k.languages[l] }))}
        />
        <FileField
          name="file"
          label={f.file}
          hint={f.fileHint(props.maxMb)}
          notes={[current(files.file), again('file')]}
          error={err('file')}
          accept=".pdf,.odt,.docx,.xlsx"
        />
        <FileField
          name="videoFile"
          label={f.videoFile}
          hint={f.videoFileHint(props.maxMb)}
          notes={[current(files.videoFile), again('videoFile')]}
          error={err('videoFile')}
          accept=".mp4,.webm,video/mp4,video/webm"
        />
        <FileField
          name="captionsFile"
          label={f.captionsFile}
          hint={f.captionsFileHint}
          notes={[current(files.captionsFile), again('captionsFile')]}
          error={err('captionsFile')}
          accept=".vtt,text/vtt"
        />
        <div class="dk-button-group">
          <Button name="action" value="save">
            {m.save}
          </Button>
          <Button name="action" value="preview" variant="secondary">
            {m.preview}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}

/** The item's document or video files, with the download count the editors follow. */
function ItemFilesSection(props: { ctx: ViewContext; item: ItemRow; files: ItemFiles }) {
  const { ctx, item, files } = props;
  const m = ctx.t.knowledge.editor;
  if (item.type === 'document') {
    return (
      <>
        <h2 class="kern-heading-large">{m.fileTitle}</h2>
        {files.file ? (
          <>
            <p class="kern-body">
              <a href={downloadPath(item)}>{m.download}</a> – {files.file.originalName} ({fileDetails(ctx, files.file)})
            </p>
            <p class="kern-body">{m.downloads(item.downloadCount)}</p>
            <p class="kern-hint">{m.downloadsHint}</p>
          </>
        ) : (
          <p class="kern-body">{m.noFile}</p>
        )}
      </>
    );
  }
  if (item.type !== 'video' || !files.videoFile) return null;
  return (
    <>
      <h2 class="kern-heading-large">{m.fileTitle}</h2>
      <ul class="kern-list">
        <li>
          <a href={filePath(files.videoFile.id)}>{m.videoFileLink}</a> ({fileDetails(ctx, files.videoFile)})
        </li>
        {files.captionsFile ? (
          <li>
            <a href={filePath(files.captionsFile.id)}>{m.captionsLink}</a> ({fileDetails(ctx, files.captionsFile)})
          </li>
        ) : null}
      </ul>
    </>
  );
}

/** The pictures of the item's text and the form that adds one. */
function ImagesSection(props: {
  ctx: ViewContext;
  item: ItemRow;
  images: ImageRow[];
  maxMb: number;
  errors?: FieldError[] | undefined;
  values?: FormValues | undefined;
  submissionId: string;
}) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  return (
    <section aria-labelledby="bilder">
      <h2 class="kern-heading-large" id="bilder">
        {m.imagesTitle}
      </h2>
      <p class="kern-body">{m.imagesLead(props.maxMb)}</p>
      {props.images.length === 0 ? (
        <p class="kern-body">{m.imagesEmpty}</p>
      ) : (
        <Table
          caption={m.imagesTitle}
          captionHidden
          head={[m.imageColumns.image, m.imageColumns.alt, m.imageColumns.markdown]}
          rows={props.images.map((i) => [
            <img src={filePath(i.fileId)} alt={i.alt} width={160} loading="lazy" />,
            i.alt,
            <code>{imageMarkdown(i.fileId, i.alt)}</code>,
          ])}
        />
      )}
      <Form ctx={ctx} action={`${editorItemPath(item.id)}/bilder`} submissionId={props.submissionId} multipart>
        <TextField name="alt" label={m.alt} hint={m.altHint} value={valueFor(props.values, 'alt')} error={errorFor(props.errors, 'alt')} maxLength={300} />
        <FileField
          name="image"
          label={m.imageFile}
          hint={m.imageFileHint(props.maxMb)}
          error={errorFor(props.errors, 'image')}
          accept=".png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
        />
        <Button variant="secondary">{m.uploadImage}</Button>
      </Form>
    </section>
  );
}

export function ItemOverviewPage(props: {
  ctx: ViewContext;
  item: ItemRow;
  transitions: Transition[];
  versions: RecordVersion[];
  notice?: 'saved' | 'notAllowed' | 'imageAdded' | undefined;
  files: ItemFiles;
  images: ImageRow[];
  maxMb: number;
  imageErrors?: FieldError[] | undefined;
  imageValues?: FormValues | undefined;
  imageSubmissionId: string;
}) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  const k = ctx.t.knowledge;
  const base = editorItemPath(item.id);
  return (
    <Layout ctx={ctx} title={item.title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { label: item.title }]} wide>
      <ErrorSummary ctx={ctx} errors={props.imageErrors} />
      {props.notice === 'saved' || props.notice === 'imageAdded' ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice === 'saved' ? m.saved : m.imageAdded}</p>
        </NotificationBanner>
      ) : props.notice === 'notAllowed' ? (
        <NotificationBanner ctx={ctx}>
          <p class="kern-body">{m.notAllowed}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{item.title}</h1>
      <p class="kern-body">
        {k.types[item.type]} · {m.statusNow(k.status[item.status])}
      </p>
      {item.publishAt ? <p class="kern-body">{m.scheduled(formatDateTime(ctx.locale, item.publishAt))}</p> : null}
      <p class="kern-body">
        <a href={`${base}/bearbeiten`}>{m.edit}</a>
        {' · '}
        <a href={`${base}/bild`}>{m.titlePicture}</a>
        {item.status === 'published' ? (
          <>
            {' · '}
            <a href={itemPath(item)}>{m.view}</a>
          </>
        ) : null}
      </p>
      <ItemFilesSection ctx={ctx} item={item} files={props.files} />
      <h2 class="kern-heading-large">{m.transitionsTitle}</h2>
      <div class="dk-button-group">
        {props.transitions.map((t) => (
          <Form ctx={ctx} action={`${base}/status`} submissionId={newSubmissionId()} key={t}>
            <Button name="transition" value={t} variant={t === 'publish' ? 'primary' : 'secondary'}>
              {m.transitions[t]}
            </Button>
          </Form>
        ))}
      </div>
      <ImagesSection
        ctx={ctx}
        item={item}
        images={props.images}
        maxMb={props.maxMb}
        errors={props.imageErrors}
        values={props.imageValues}
        submissionId={props.imageSubmissionId}
      />
      <h2 class="kern-heading-large">{m.versionsTitle}</h2>
      <VersionHistory
        ctx={ctx}
        versions={props.versions}
        caption={m.versionsTitle}
        column={{ heading: m.diffFields.title, text: (v) => v.fields.title ?? '' }}
        compareHref={(n) => `${base}/versionen?von=${n}`}
        restoreAction={`${base}/wiederherstellen`}
      />
    </Layout>
  );
}

export function ComparePage(props: { ctx: ViewContext; item: ItemRow; from: number; to: number; diffs: FieldDiff<(typeof VERSIONED_FIELDS)[number]>[] }) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  const title = ctx.t.versions.compareTitle(props.from, props.to);
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { href: editorItemPath(item.id), label: item.title }, { label: title }]}
    >
      <h1 class="kern-heading-x-large">{title}</h1>
      <VersionComparison ctx={ctx} diffs={props.diffs} labels={m.diffFields} />
    </Layout>
  );
}
