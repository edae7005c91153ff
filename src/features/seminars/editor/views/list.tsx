import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import { Notice, Table, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorSeriesPath } from '../../core/paths.ts';
import type { SeriesListRow } from '../editor-service.ts';

export function SeriesListPage(props: { ctx: ViewContext; series: SeriesListRow[]; notice?: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.seminarsEditor.list;
  return (
    <Layout
      ctx={ctx}
      title={ctx.t.seminars.editorTitle}
      breadcrumbs={[{ href: '/verwaltung', label: ctx.t.common.nav.admin }, { label: ctx.t.seminars.editorTitle }]}
    >
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{ctx.t.seminars.editorTitle}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <ButtonLink href={`${EDITOR_PATH}/neu`}>{m.create}</ButtonLink>
      </p>
      {props.series.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.caption}
          captionHidden
          head={[m.columns.title, m.columns.status, m.columns.period, m.columns.modules, m.columns.registrations]}
          numeric={[3, 4]}
          rows={props.series.map((s) => [
            <a href={editorSeriesPath(s.id)}>{s.title}</a>,
            <Tag colour={s.status === 'published' ? 'green' : 'grey'}>{ctx.t.seminars.status[s.status]}</Tag>,
            ctx.t.seminars.period(s.startYear, s.endYear),
            String(s.modules),
            String(s.registrations),
          ])}
        />
      )}
    </Layout>
  );
}
