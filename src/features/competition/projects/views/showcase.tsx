import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card, SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, Select } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { formatEuro } from '../../../../platform/text/money.ts';
import { callPath, projectPath, PUBLIC_PATH, SHOWCASE_PATH } from '../../core/paths.ts';
import { PROJECT_STATUSES, type ProjectStatus } from '../../core/tables.ts';
import { PublishedReports } from '../reports/views/public.tsx';
import type { ReportWithFiles } from '../reports/service.ts';
import type { ShowcaseRow } from '../repository.ts';
import type { ShowcaseQuery } from '../schema.ts';

const STATUS_COLOURS = { running: 'blue', completed: 'grey' } as const;

export function ProjectStatusTag(props: { ctx: ViewContext; status: ProjectStatus }) {
  return <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.competition.projects.statuses[props.status]}</Tag>;
}

const fieldsOf = (ctx: ViewContext, fields: FieldOfAction[], slugs: string[]) =>
  fields
    .filter((fa) => slugs.includes(fa.slug))
    .map((fa) => fieldName(fa, ctx.locale))
    .join(', ');

/** The cards of funded projects; the showcase and an archived call's page show them alike. */
export function ProjectCards(props: { ctx: ViewContext; projects: ShowcaseRow[]; fields: FieldOfAction[]; headingLevel?: 2 | 3 }) {
  const { ctx } = props;
  const m = ctx.t.competition.projects;
  return (
    <div class="dk-grid dk-grid--3">
      {props.projects.map((p) => (
        <Card key={p.id} title={p.title} href={projectPath(p.slug)} headingLevel={props.headingLevel ?? 3} meta={p.municipality}>
          <p class="kern-body">{p.summary}</p>
          <p class="kern-body">
            <ProjectStatusTag ctx={ctx} status={p.status} /> {m.funding}: {formatEuro(ctx.locale, p.amountCents)}
          </p>
          {p.fieldsOfAction.length > 0 ? <p class="kern-hint">{fieldsOf(ctx, props.fields, p.fieldsOfAction)}</p> : null}
        </Card>
      ))}
    </div>
  );
}

export function ShowcasePage(props: {
  ctx: ViewContext;
  projects: ShowcaseRow[];
  fields: FieldOfAction[];
  calls: { slug: string; title: string }[];
  query: ShowcaseQuery;
}) {
  const { ctx, query } = props;
  const m = ctx.t.competition.projects;
  const filtered = Boolean(query.handlungsfeld || query.stand || query.wettbewerb);
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: PUBLIC_PATH, label: ctx.t.competition.public.title }, { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <form method="get" action={SHOWCASE_PATH} class="dk-filter" aria-label={m.filterTitle}>
        <Select
          name="handlungsfeld"
          label={m.fieldOfAction}
          value={query.handlungsfeld ?? ''}
          placeholder={m.allFields}
          options={props.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />
        <Select
          name="stand"
          label={m.status}
          value={query.stand ?? ''}
          placeholder={m.allStatuses}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: m.statuses[s] }))}
        />
        <Select
          name="wettbewerb"
          label={m.call}
          value={query.wettbewerb ?? ''}
          placeholder={m.allCalls}
          options={props.calls.map((c) => ({ value: c.slug, label: c.title }))}
        />
        <Button variant="secondary">{m.filter}</Button>
      </form>
      <h2 class="kern-heading-medium" aria-live="polite">
        {m.count(props.projects.length)}
      </h2>
      {filtered ? (
        <p class="kern-body">
          <a href={SHOWCASE_PATH}>{m.reset}</a>
        </p>
      ) : null}
      {props.projects.length === 0 ? <p class="kern-body">{m.none}</p> : <ProjectCards ctx={ctx} projects={props.projects} fields={props.fields} />}
      <h2 class="kern-heading-medium">{m.openData}</h2>
      <p class="kern-body">{m.openDataLead}</p>
      <ul class="kern-list">
        <li>
          <a href={`${SHOWCASE_PATH}.csv`} download>
            {m.csv}
          </a>
        </li>
        <li>
          <a href={`${SHOWCASE_PATH}.json`}>{m.json}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ProjectPage(props: {
  ctx: ViewContext;
  project: ShowcaseRow;
  fields: FieldOfAction[];
  organisationHref: string | undefined;
  reports: ReportWithFiles[];
}) {
  const { ctx, project: p } = props;
  const m = ctx.t.competition.projects;
  const day = (d: string) => formatCalendarDay(ctx.locale, d, 'long');
  const fields = fieldsOf(ctx, props.fields, p.fieldsOfAction);
  return (
    <Layout
      ctx={ctx}
      title={p.title}
      breadcrumbs={[{ href: PUBLIC_PATH, label: ctx.t.competition.public.title }, { href: SHOWCASE_PATH, label: m.title }, { label: p.title }]}
    >
      <p class="kern-body">
        <strong>{p.municipality}</strong>
      </p>
      <h1 class="kern-heading-x-large">{p.title}</h1>
      <p class="kern-body kern-body--large">{p.summary}</p>
      <SummaryList
        ctx={ctx}
        rows={[
          {
            key: m.municipality,
            value: props.organisationHref ? <a href={props.organisationHref}>{m.organisationLink(p.municipality)}</a> : p.municipality,
          },
          { key: m.status, value: <ProjectStatusTag ctx={ctx} status={p.status} /> },
          { key: m.funding, value: formatEuro(ctx.locale, p.amountCents) },
          { key: m.period, value: m.periodValue(day(p.startsOn), day(p.endsOn)) },
          ...(fields ? [{ key: m.fields, value: fields }] : []),
          { key: m.fromCall, value: <a href={callPath(p.callSlug)}>{p.callTitle}</a> },
        ]}
      />
      <h2 class="kern-heading-large">{m.about}</h2>
      <Markdown text={p.description} headingLevel={2} idPrefix="vorhaben-" />
      <PublishedReports ctx={ctx} project={p} reports={props.reports} />
    </Layout>
  );
}
