import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/dates.ts';
import { Markdown } from '../../../platform/markdown/markdown.tsx';
import { Notice, SummaryList, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, errorFor, ErrorSummary, Form, TextArea, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { EDITOR_PATH, editNewsletterPath, newsletterPath, sendNewsletterPath, SUBSCRIBERS_CSV_PATH, SUBSCRIBERS_PATH, testSendPath } from '../paths.ts';
import type { NewsletterListRow, NewsletterRow } from '../repository.ts';
import type { NewsletterOverview } from '../service.ts';
import { SUBSCRIBER_STATUSES, type NewsletterStatus, type SubscriberStatus } from '../tables.ts';

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });
const listCrumb = (ctx: ViewContext) => ({ href: EDITOR_PATH, label: ctx.t.newsletter.editor.title });

const STATUS_COLOUR = { draft: 'grey', sending: 'yellow', sent: 'green' } as const;

function StatusTag(props: { ctx: ViewContext; status: NewsletterStatus }) {
  return <Tag colour={STATUS_COLOUR[props.status]}>{props.ctx.t.newsletter.editor.status[props.status]}</Tag>;
}

export function NewsletterListPage(props: { ctx: ViewContext; newsletters: NewsletterListRow[] }) {
  const { ctx } = props;
  const m = ctx.t.newsletter.editor;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <ButtonLink href={`${EDITOR_PATH}/neu`}>{m.create}</ButtonLink>{' '}
        <ButtonLink href={SUBSCRIBERS_PATH} variant="secondary">
          {m.subscribersLink}
        </ButtonLink>
      </p>
      {props.newsletters.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.columns.subject, m.columns.status, m.columns.changed, m.columns.progress]}
          rows={props.newsletters.map((n) => [
            <a href={newsletterPath(n.id)}>{n.subject}</a>,
            <StatusTag ctx={ctx} status={n.status} />,
            formatDate(ctx.locale, n.updatedAt),
            n.status === 'draft' ? '' : m.progress(n.sent, n.recipientCount),
          ])}
        />
      )}
    </Layout>
  );
}

export function NewsletterFormPage(props: {
  ctx: ViewContext;
  newsletter?: NewsletterRow | undefined;
  values: FormValues;
  errors?: FieldError[] | undefined;
  submissionId: string;
  preview: boolean;
}) {
  const { ctx, newsletter, values, errors } = props;
  const m = ctx.t.newsletter.editor;
  const title = newsletter ? m.editTitle(newsletter.subject) : m.createTitle;
  const action = newsletter ? editNewsletterPath(newsletter.id) : `${EDITOR_PATH}/neu`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), listCrumb(ctx), { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      {props.preview ? <MailPreview ctx={ctx} subject={valueFor(values, 'subject')} body={valueFor(values, 'body')} /> : null}
      <Form ctx={ctx} action={action} submissionId={props.submissionId}>
        <TextField name="subject" label={m.fields.subject} maxLength={200} value={valueFor(values, 'subject')} error={errorFor(errors, 'subject')} />
        <TextArea name="body" label={m.fields.body} hint={m.fields.bodyHint} rows={16} value={valueFor(values, 'body')} error={errorFor(errors, 'body')} />
        <p class="kern-body">
          <Button name="action" value="save">
            {m.save}
          </Button>{' '}
          <Button name="action" value="preview" variant="secondary">
            {m.preview}
          </Button>
        </p>
      </Form>
    </Layout>
  );
}

/** The newsletter as subscribers will read it: subject, the rendered text and the footer. */
function MailPreview(props: { ctx: ViewContext; subject: string; body: string }) {
  const { ctx } = props;
  const mail = ctx.t.newsletter.mail;
  return (
    <section class="dk-section" aria-labelledby="vorschau">
      <h2 class="kern-heading-medium" id="vorschau">
        {ctx.t.newsletter.editor.previewTitle}
      </h2>
      <div class="kern-card">
        <div class="kern-card__container">
          <p class="kern-title">{props.subject}</p>
          <Markdown text={props.body} idPrefix="vorschau-" />
          <p class="kern-body kern-body--small">{mail.footer(ctx.site.siteName)}</p>
          <p class="kern-body kern-body--small">{mail.unsubscribe}</p>
        </div>
      </div>
    </section>
  );
}

export function NewsletterOverviewPage(props: {
  ctx: ViewContext;
  overview: NewsletterOverview;
  notice: string | undefined;
  editorEmail: string;
  testSubmissionId: string;
}) {
  const { ctx } = props;
  const { newsletter: n, progress } = props.overview;
  const m = ctx.t.newsletter.editor;
  const skipped = n.recipientCount - progress.queued;
  const rows = [
    { key: m.facts.status, value: <StatusTag ctx={ctx} status={n.status} /> },
    { key: m.facts.created, value: formatDateTime(ctx.locale, n.createdAt) },
    ...(n.sendStartedAt ? [{ key: m.facts.sendStarted, value: formatDateTime(ctx.locale, n.sendStartedAt) }] : []),
    ...(n.sentAt ? [{ key: m.facts.sent, value: formatDateTime(ctx.locale, n.sentAt) }] : []),
    ...(n.status === 'draft'
      ? []
      : [{ key: m.facts.progress, value: [m.progress(progress.sent, n.recipientCount), ...(skipped > 0 ? [m.skipped(skipped)] : [])].join(' · ') }]),
  ];
  return (
    <Layout ctx={ctx} title={n.subject} breadcrumbs={[adminCrumb(ctx), listCrumb(ctx), { label: n.subject }]}>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{n.subject}</h1>
      <SummaryList ctx={ctx} rows={rows} />
      {n.status === 'draft' ? (
        <>
          <p class="kern-body">
            <ButtonLink href={editNewsletterPath(n.id)} variant="secondary">
              {m.edit}
            </ButtonLink>{' '}
            <ButtonLink href={sendNewsletterPath(n.id)}>{m.send}</ButtonLink>
          </p>
          <Form ctx={ctx} action={testSendPath(n.id)} submissionId={props.testSubmissionId}>
            <p class="kern-body">{m.testHint(props.editorEmail)}</p>
            <Button variant="secondary">{m.testSend}</Button>
          </Form>
        </>
      ) : (
        <p class="kern-body">{m.readOnly}</p>
      )}
      <MailPreview ctx={ctx} subject={n.subject} body={n.body} />
    </Layout>
  );
}

export function SendPage(props: { ctx: ViewContext; newsletter: NewsletterRow; recipients: number; perMinute: number; submissionId: string }) {
  const { ctx, newsletter: n } = props;
  const m = ctx.t.newsletter.editor;
  const title = m.sendTitle(n.subject);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), listCrumb(ctx), { href: newsletterPath(n.id), label: n.subject }, { label: m.send }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      {props.recipients === 0 ? (
        <p class="kern-body">{m.noRecipients}</p>
      ) : (
        <>
          <p class="kern-body">{m.sendConfirm(props.recipients)}</p>
          <p class="kern-body">{m.sendPace(props.perMinute)}</p>
          <Form ctx={ctx} action={sendNewsletterPath(n.id)} submissionId={props.submissionId}>
            <Button>{m.sendButton}</Button>
          </Form>
        </>
      )}
      <p class="kern-body">
        <a href={newsletterPath(n.id)}>{m.cancel}</a>
      </p>
    </Layout>
  );
}

export function SubscribersPage(props: { ctx: ViewContext; counts: Record<SubscriberStatus, number> }) {
  const { ctx } = props;
  const m = ctx.t.newsletter.subscribers;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), listCrumb(ctx), { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <Table caption={m.caption} head={[m.columns.status, m.columns.count]} rows={SUBSCRIBER_STATUSES.map((s) => [m.status[s], String(props.counts[s])])} />
      <p class="kern-body">{m.exportHint}</p>
      <ButtonLink href={SUBSCRIBERS_CSV_PATH} variant="secondary">
        {m.export}
      </ButtonLink>
    </Layout>
  );
}
