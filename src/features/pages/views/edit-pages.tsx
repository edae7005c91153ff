import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, Table } from '../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ContentPage } from '../service.ts';

const ADMIN_CRUMB = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

export function ContentPageList(props: { ctx: ViewContext; pages: ContentPage[]; saved?: boolean }) {
  const { ctx } = props;
  const m = ctx.t.pages.edit;
  return (
    <Layout ctx={ctx} title={m.listTitle} breadcrumbs={[ADMIN_CRUMB(ctx), { label: m.listTitle }]}>
      {props.saved ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.saved}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{m.listTitle}</h1>
      <p class="kern-body">{m.listLead}</p>
      <Table
        caption={m.listTitle}
        captionHidden
        head={[m.page, m.lastChanged, '']}
        rows={props.pages.map((p) => [
          <a href={`/${p.slug}`}>{ctx.locale === 'en' ? p.titleEn : p.titleDe}</a>,
          p.updatedAt ? formatDateTime(ctx.locale, p.updatedAt) : ctx.t.common.none,
          <a href={`/verwaltung/seiten/${p.slug}`}>
            {m.edit}
            <span class="kern-sr-only"> {ctx.locale === 'en' ? p.titleEn : p.titleDe}</span>
          </a>,
        ])}
      />
    </Layout>
  );
}

export function ContentPageEdit(props: { ctx: ViewContext; page: ContentPage; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, page, errors } = props;
  const m = ctx.t.pages.edit;
  const v = props.values ?? { titleDe: page.titleDe, titleEn: page.titleEn, bodyDe: page.bodyDe, bodyEn: page.bodyEn };
  const name = ctx.locale === 'en' ? page.titleEn : page.titleDe;
  return (
    <Layout ctx={ctx} title={m.title(name)} breadcrumbs={[ADMIN_CRUMB(ctx), { href: '/verwaltung/seiten', label: m.listTitle }, { label: name }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title(name)}</h1>
      <Form ctx={ctx} action={`/verwaltung/seiten/${page.slug}`}>
        <TextField name="titleDe" label={m.titleDe} value={valueFor(v, 'titleDe')} error={errorFor(errors, 'titleDe')} maxLength={150} />
        <TextArea name="bodyDe" label={m.bodyDe} hint={m.bodyHint} value={valueFor(v, 'bodyDe')} error={errorFor(errors, 'bodyDe')} rows={14} />
        <TextField name="titleEn" label={m.titleEn} value={valueFor(v, 'titleEn')} error={errorFor(errors, 'titleEn')} maxLength={150} />
        <TextArea name="bodyEn" label={m.bodyEn} hint={m.bodyHint} value={valueFor(v, 'bodyEn')} error={errorFor(errors, 'bodyEn')} rows={14} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </Layout>
  );
}
