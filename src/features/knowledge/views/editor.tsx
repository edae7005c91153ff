import { newSubmissionId, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/index.ts';
import { Markdown } from '../../../platform/markdown/markdown.tsx';
import { fieldName, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { NotificationBanner, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Choices, errorFor, ErrorSummary, Form, Select, TextArea, TextField, valueOf, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { utcToBerlin } from '../../events/berlin-time.ts';
import type { DiffLine } from '../diff.ts';
import type { ItemRow, VersionRow } from '../repository.ts';
import type { Transition } from '../schema.ts';
import { EDITOR_PATH, editorItemPath, itemPath } from '../service.ts';
import { AUDIENCES, KNOWLEDGE_STATUSES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES, type KnowledgeStatus } from '../tables.ts';

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

export function EditorListPage(props: { ctx: ViewContext; items: ItemRow[]; status: KnowledgeStatus | undefined }) {
  const { ctx } = props;
  const m = ctx.t.knowledge.editor;
  const k = ctx.t.knowledge;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="dk-heading-xl">{m.title}</h1>
      <p class="dk-body">{m.lead}</p>
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
        <p class="dk-body">{m.empty}</p>
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
    publishDate: at?.date ?? '',
    publishTime: at?.time ?? '',
  };
}

export function ItemFormPage(props: {
  ctx: ViewContext;
  item?: ItemRow;
  fields: FieldOfAction[];
  values?: FormValues;
  errors?: FieldError[];
  submissionId?: string;
  preview?: boolean;
}) {
  const { ctx, values, errors, item } = props;
  const m = ctx.t.knowledge.editor;
  const f = m.fields;
  const k = ctx.t.knowledge;
  const title = item ? m.editTitle(item.title) : m.createTitle;
  const action = item ? `${editorItemPath(item.id)}/bearbeiten` : `${EDITOR_PATH}/neu`;
  const err = (n: string) => errorFor(errors, n);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { label: title }]}>
      <h1 class="dk-heading-xl">{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.preview ? (
        <section class="dk-preview" aria-labelledby="vorschau">
          <h2 class="dk-heading-l" id="vorschau">
            {m.previewTitle}
          </h2>
          <p class="dk-hint">{m.previewNote}</p>
          <Markdown text={valueOf(values, 'body')} headingLevel={1} idPrefix="vorschau-" />
        </section>
      ) : null}
      <Form ctx={ctx} action={action} submissionId={props.submissionId}>
        <Select name="type" label={f.type} value={valueOf(values, 'type') || 'guide'} error={err('type')} options={KNOWLEDGE_TYPES.map((t) => ({ value: t, label: k.types[t] }))} />
        <TextField name="title" label={f.title} value={valueOf(values, 'title')} error={err('title')} maxLength={200} />
        <TextArea name="summary" label={f.summary} hint={f.summaryHint} value={valueOf(values, 'summary')} error={err('summary')} rows={3} />
        <TextArea name="body" label={f.body} hint={f.bodyHint} value={valueOf(values, 'body')} error={err('body')} rows={20} />
        <Select
          name="step"
          label={f.step}
          value={valueOf(values, 'step')}
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
        <TextField name="tags" label={f.tags} hint={f.tagsHint} value={valueOf(values, 'tags')} error={err('tags')} />
        <TextField name="videoUrl" type="url" label={f.videoUrl} hint={f.videoUrlHint} value={valueOf(values, 'videoUrl')} error={err('videoUrl')} />
        <TextField name="publishDate" type="date" label={f.publishDate} hint={f.publishHint} value={valueOf(values, 'publishDate')} error={err('publishDate')} width="half" />
        <TextField name="publishTime" type="time" label={f.publishTime} value={valueOf(values, 'publishTime')} error={err('publishTime')} width="short" />
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

export function ItemOverviewPage(props: {
  ctx: ViewContext;
  item: ItemRow;
  transitions: Transition[];
  versions: VersionRow[];
  notice?: 'saved' | 'notAllowed' | undefined;
}) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  const k = ctx.t.knowledge;
  const base = editorItemPath(item.id);
  return (
    <Layout ctx={ctx} title={item.title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { label: item.title }]} wide>
      {props.notice === 'saved' ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="dk-body">{m.saved}</p>
        </NotificationBanner>
      ) : props.notice === 'notAllowed' ? (
        <NotificationBanner ctx={ctx}>
          <p class="dk-body">{m.notAllowed}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="dk-heading-xl">{item.title}</h1>
      <p class="dk-body">
        {k.types[item.type]} · {m.statusNow(k.status[item.status])}
      </p>
      {item.publishAt ? <p class="dk-body">{m.scheduled(formatDateTime(ctx.locale, item.publishAt))}</p> : null}
      <p class="dk-body">
        <a href={`${base}/bearbeiten`}>{m.edit}</a>
        {item.status === 'published' ? (
          <>
            {' · '}
            <a href={itemPath(item)}>{m.view}</a>
          </>
        ) : null}
      </p>
      <h2 class="dk-heading-l">{m.transitionsTitle}</h2>
      <div class="dk-button-group">
        {props.transitions.map((t) => (
          <Form ctx={ctx} action={`${base}/status`} submissionId={newSubmissionId()} key={t}>
            <Button name="transition" value={t} variant={t === 'publish' ? 'primary' : 'secondary'}>
              {m.transitions[t]}
            </Button>
          </Form>
        ))}
      </div>
      <h2 class="dk-heading-l">{m.versionsTitle}</h2>
      <Table
        caption={m.versionsTitle}
        captionHidden
        head={[m.versionColumns.number, m.versionColumns.savedAt, m.versionColumns.title, m.versionColumns.actions]}
        rows={props.versions.map((v, i) => [
          m.versionLabel(v.number),
          formatDateTime(ctx.locale, v.savedAt),
          v.title,
          i === 0 ? (
            ''
          ) : (
            <>
              <a href={`${base}/versionen?von=${v.number}`}>
                {m.compare}
                <span class="dk-visually-hidden"> ({m.versionLabel(v.number)})</span>
              </a>
              <Form ctx={ctx} action={`${base}/wiederherstellen`} submissionId={newSubmissionId()}>
                <input type="hidden" name="version" value={String(v.number)} />
                <Button variant="secondary">
                  {m.restore}
                  <span class="dk-visually-hidden"> ({m.versionLabel(v.number)})</span>
                </Button>
              </Form>
            </>
          ),
        ])}
      />
    </Layout>
  );
}

/** Line differences with text labels, since colour and strike-through alone reach not everyone. */
function DiffBlock(props: { ctx: ViewContext; lines: DiffLine[] }) {
  const m = props.ctx.t.knowledge.editor;
  if (props.lines.every((l) => l.kind === 'same')) return <p class="dk-body">{m.noChanges}</p>;
  return (
    <pre class="dk-diff">
      {props.lines.map((l, i) =>
        l.kind === 'added' ? (
          <ins key={i}>
            <span class="dk-visually-hidden">{m.added} </span>
            {`+ ${l.text}\n`}
          </ins>
        ) : l.kind === 'removed' ? (
          <del key={i}>
            <span class="dk-visually-hidden">{m.removed} </span>
            {`- ${l.text}\n`}
          </del>
        ) : (
          <span key={i}>{`  ${l.text}\n`}</span>
        ),
      )}
    </pre>
  );
}

export function ComparePage(props: {
  ctx: ViewContext;
  item: ItemRow;
  from: number;
  to: number;
  diffs: { title: DiffLine[]; summary: DiffLine[]; body: DiffLine[] };
}) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  const title = m.compareTitle(props.from, props.to);
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { href: editorItemPath(item.id), label: item.title }, { label: title }]}
    >
      <h1 class="dk-heading-xl">{title}</h1>
      {(['title', 'summary', 'body'] as const).map((k) => (
        <section key={k} aria-labelledby={`diff-${k}`}>
          <h2 class="dk-heading-m" id={`diff-${k}`}>
            {m.diffFields[k]}
          </h2>
          <DiffBlock ctx={ctx} lines={props.diffs[k]} />
        </section>
      ))}
    </Layout>
  );
}
