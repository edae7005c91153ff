import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Pagination, Table, Tag } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { EditorEventRow } from '../../core/event-repository.ts';
import { EDITOR_PATH, editorEventPath } from '../../core/paths.ts';

export function EditorEventListPage(props: { ctx: ViewContext; events: EditorEventRow[]; total: number; page: number; pages: number }) {
  const { ctx } = props;
  const m = ctx.t.events.editor;
  const day = (d: Date | null) => (d ? formatDate(ctx.locale, d) : '');
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.common.nav.admin }, { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <ButtonLink href={`${EDITOR_PATH}/neu`}>{m.create}</ButtonLink>
      <p class="kern-body">{m.count(props.total)}</p>
      {props.events.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.columns.title, m.columns.status, m.columns.dates, m.columns.changed]}
          rows={props.events.map((e) => [
            <a href={editorEventPath(e.id)}>{e.title}</a>,
            <Tag colour={e.status === 'published' ? 'green' : 'grey'}>{ctx.t.events.status[e.status]}</Tag>,
            m.dateSpan(e.dateCount, day(e.firstStart), day(e.lastStart)),
            formatDate(ctx.locale, e.updatedAt),
          ])}
        />
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={(n) => `${EDITOR_PATH}?seite=${n}`} />
    </Layout>
  );
}
