import { formatDay } from '../../../../platform/i18n/dates.ts';
import { Card } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { seriesPath } from '../../core/paths.ts';
import type { ListedSeries } from '../service.ts';

export function SeriesListPage(props: { ctx: ViewContext; list: ListedSeries[] }) {
  const { ctx } = props;
  const m = ctx.t.seminarsCatalogue;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/veranstaltungen', label: ctx.t.events.list.title }, { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {props.list.length === 0 ? <p class="kern-body">{m.empty}</p> : null}
      {props.list.map(({ series, modules, nextSession }) => (
        <Card
          key={series.id}
          title={series.title}
          href={seriesPath(series.slug)}
          meta={`${ctx.t.seminars.period(series.startYear, series.endYear)} · ${m.modulesCount(modules)}`}
        >
          <p class="kern-body">{series.summary}</p>
          <p class="kern-body kern-body--small">
            {m.facts.audience}: {series.audience}
          </p>
          {nextSession ? <p class="kern-body kern-body--small">{m.nextSession(formatDay(ctx.locale, nextSession))}</p> : null}
        </Card>
      ))}
    </Layout>
  );
}
