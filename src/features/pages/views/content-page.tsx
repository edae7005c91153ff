import type { ViewContext } from '../../../platform/views/context.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { PlainText } from '../../../platform/views/components/plain-text.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ContentPage } from '../service.ts';

/** `more`: a fixed link under the editable text, e.g. from the privacy page to the retention periods. */
export function ContentPageView(props: { ctx: ViewContext; page: ContentPage; more?: { href: string; label: string } | undefined }) {
  const { ctx, page } = props;
  const title = ctx.locale === 'en' ? page.titleEn : page.titleDe;
  const body = ctx.locale === 'en' ? page.bodyEn : page.bodyDe;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <PlainText text={body} />
      {props.more ? (
        <p class="kern-body">
          <a href={props.more.href}>{props.more.label}</a>
        </p>
      ) : null}
      {page.updatedAt ? (
        <p class="kern-body kern-body--small kern-body--muted">
          {ctx.t.pages.edit.lastChanged}: {formatDate(ctx.locale, page.updatedAt)}
        </p>
      ) : null}
    </Layout>
  );
}
