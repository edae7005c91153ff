import { formatEuro } from '../../../platform/text/money.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Select } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { SORT_KEYS, stepOf, type Journey, type SortDirection, type SortKey } from '../journeys.ts';
import { organisationPath } from '../../organisations/service.ts';
import { furthestLabel, kreisLabel, kreisOfJourney } from '../labels.ts';
import { DASHBOARD_PATH, exportPath, KREISE_PATH } from '../paths.ts';
import { MUNICIPAL_TYPES, type ProgrammeDashboard } from '../service.ts';
import { FundingChart, StepsChart } from './charts.tsx';

const NUMERIC_COLUMNS: SortKey[] = ['veranstaltungen', 'netzwerk', 'beitraege', 'antraege', 'foerderung', 'loesungen', 'nachnutzungen'];

/** The dashboard's address with its filter and order; a value equal to the default is left out. */
function dashboardHref(path: string, filter: ProgrammeDashboard['filter'], sort: SortKey, direction: SortDirection): string {
  const p = new URLSearchParams();
  if (filter.kreis) p.set('kreis', filter.kreis);
  if (filter.type) p.set('typ', filter.type);
  if (sort !== 'name') p.set('sortierung', sort);
  if (direction !== 'auf') p.set('richtung', direction);
  const query = p.toString();
  return query ? `${path}?${query}` : path;
}

/** A share such as 0.375 as "37,5 %" in German, "37.5%" in English. */
function percent(ctx: ViewContext, share: number): string {
  return new Intl.NumberFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A bar of the share, drawn on the server; its label and the percentage beside it say the same in words. */
function ShareBar(props: { share: number; label: string }) {
  return (
    <svg width="160" height="16" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={props.label}>
      <rect class="dk-share__track" x="0" y="0" width="100" height="10" />
      <rect class="dk-share__value" x="0" y="0" width={Math.round(props.share * 1000) / 10} height="10" />
    </svg>
  );
}

function SortLink(props: { ctx: ViewContext; column: SortKey; dashboard: ProgrammeDashboard; sort: SortKey; direction: SortDirection }) {
  const m = props.ctx.t.programme.table;
  const label = m.columns[props.column];
  const current = props.sort === props.column;
  // numbers are most telling from the largest down, names from A
  const first: SortDirection = NUMERIC_COLUMNS.includes(props.column) ? 'ab' : 'auf';
  const next: SortDirection = current ? (props.direction === 'auf' ? 'ab' : 'auf') : first;
  return (
    <a href={dashboardHref(DASHBOARD_PATH, props.dashboard.filter, props.column, next)} aria-label={`${label}, ${m.sortBy(label)}`}>
      {label}
      {current ? (
        <>
          {' '}
          <span aria-hidden="true">{props.direction === 'auf' ? '▲' : '▼'}</span>
          <span class="kern-sr-only">({props.direction === 'auf' ? m.sortedAscending : m.sortedDescending})</span>
        </>
      ) : null}
    </a>
  );
}

function journeyRow(ctx: ViewContext, j: Journey) {
  const m = ctx.t.programme;
  return [
    <a href={organisationPath(j.municipality.slug)}>{j.municipality.name}</a>,
    ctx.t.organisations.types[j.municipality.type],
    kreisLabel(ctx.t, kreisOfJourney(j)),
    String(j.attendances),
    String(j.networkMembers),
    String(j.posts),
    m.strategy[j.strategy],
    String(j.applications),
    formatEuro(ctx.locale, j.fundedCents),
    String(j.solutions),
    String(j.adoptions),
    furthestLabel(ctx.t, j),
  ];
}

export function DashboardPage(props: { ctx: ViewContext; dashboard: ProgrammeDashboard; sort: SortKey; direction: SortDirection }) {
  const { ctx, dashboard, sort, direction } = props;
  const m = ctx.t.programme;
  const { filter } = dashboard;
  const numeric = SORT_KEYS.flatMap((k, i) => (NUMERIC_COLUMNS.includes(k) ? [i] : []));
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <a href={filter.type ? `${KREISE_PATH}?typ=${filter.type}` : KREISE_PATH}>{m.kreiseLink}</a>
      </p>
      <form method="get" action={DASHBOARD_PATH} class="dk-filter" role="search" aria-label={m.filter.legend}>
        <Select
          name="kreis"
          label={m.filter.kreis}
          value={filter.kreis ?? ''}
          placeholder={m.filter.allKreise}
          options={dashboard.kreise.map((k) => ({ value: k.key, label: kreisLabel(ctx.t, k) }))}
        />
        <Select
          name="typ"
          label={m.filter.type}
          value={filter.type ?? ''}
          placeholder={m.filter.allTypes}
          options={MUNICIPAL_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
        />
        {sort !== 'name' ? <input type="hidden" name="sortierung" value={sort} /> : null}
        {direction !== 'auf' ? <input type="hidden" name="richtung" value={direction} /> : null}
        <Button variant="secondary">{m.filter.apply}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.filter.shown(dashboard.journeys.length, dashboard.total)}
        {filter.kreis || filter.type ? (
          <>
            {' '}
            <a href={DASHBOARD_PATH}>{m.filter.reset}</a>
          </>
        ) : null}
      </p>

      <Table
        caption={m.funnel.heading}
        id="funnel"
        head={[m.funnel.stage, m.funnel.step, m.funnel.count, m.funnel.share]}
        numeric={[2, 3]}
        rows={dashboard.funnel.map((f) => [
          m.stages[f.stage],
          m.steps[stepOf(f.stage)],
          String(f.count),
          <span class="dk-share">
            <ShareBar share={f.share} label={m.funnel.bar(m.stages[f.stage], percent(ctx, f.share))} /> {percent(ctx, f.share)}
          </span>,
        ])}
      />

      <h2 class="kern-heading-large">{m.charts.heading}</h2>
      <h3 class="kern-heading-medium">{m.charts.steps.title}</h3>
      <StepsChart ctx={ctx} quarters={dashboard.quarters} />
      <h3 class="kern-heading-medium">{m.charts.funding.title}</h3>
      <FundingChart ctx={ctx} years={dashboard.fundingPerYear} />

      <h2 class="kern-heading-large">{m.table.heading}</h2>
      {dashboard.journeys.length === 0 ? (
        <p class="kern-body">{m.table.empty}</p>
      ) : (
        <Table
          caption={m.table.caption}
          captionHidden
          id="municipalities"
          head={SORT_KEYS.map((column) => <SortLink ctx={ctx} column={column} dashboard={dashboard} sort={sort} direction={direction} />)}
          numeric={numeric}
          rows={dashboard.journeys.map((j) => journeyRow(ctx, j))}
        />
      )}

      <h2 class="kern-heading-large">{m.export.heading}</h2>
      <p class="kern-body">{m.export.lead}</p>
      <p class="dk-actions">
        <ButtonLink href={dashboardHref(exportPath('csv'), filter, sort, direction)} variant="secondary">
          {m.export.csv}
        </ButtonLink>{' '}
        <ButtonLink href={dashboardHref(exportPath('xlsx'), filter, sort, direction)} variant="secondary">
          {m.export.xlsx}
        </ButtonLink>
      </p>
    </Layout>
  );
}
