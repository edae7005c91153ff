import type { ViewContext } from '../../../../platform/views/context.ts';
import { Card, Pagination, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Select } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { GROUPS_PATH, NETWORK_PATH, NEW_GROUP_PATH, groupPath } from '../../core/paths.ts';
import type { GroupListPage, GroupListRow } from '../service.ts';

export interface GroupListFilter {
  handlungsfeld: string;
  programm: string;
}

/** Address of a page of the list with the same filter. */
export function groupListHref(filter: GroupListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.handlungsfeld) params.set('handlungsfeld', filter.handlungsfeld);
  if (filter.programm) params.set('programm', filter.programm);
  if (page > 1) params.set('seite', String(page));
  const query = params.toString();
  return query ? `${GROUPS_PATH}?${query}` : GROUPS_PATH;
}

function StatusTag(props: { ctx: ViewContext; row: GroupListRow }) {
  const m = props.ctx.t.networkGroups.list;
  switch (props.row.viewerStatus) {
    case 'active':
      return <Tag colour="green">{m.mine}</Tag>;
    case 'invited':
      return <Tag colour="blue">{m.invited}</Tag>;
    case 'requested':
      return <Tag colour="yellow">{m.requested}</Tag>;
    default:
      return null;
  }
}

function GroupCard(props: { ctx: ViewContext; row: GroupListRow; regionName: string | undefined }) {
  const { ctx, row, regionName } = props;
  const n = ctx.t.network;
  const m = ctx.t.networkGroups.list;
  const g = row.group;
  const meta = [
    n.joinPolicies[g.joinPolicy],
    n.entry.members(row.members),
    regionName ? m.region(regionName) : '',
    g.programme ? m.programmeOf(g.programme) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card title={g.name} href={groupPath(g.slug)} headingLevel={3} meta={meta}>
      <p class="kern-body">{g.summary}</p>
      <p class="kern-body">
        <Tag>{n.visibilities[g.visibility]}</Tag> <StatusTag ctx={ctx} row={row} />
      </p>
    </Card>
  );
}

export function GroupListPageView(props: { ctx: ViewContext; filter: GroupListFilter; result: GroupListPage }) {
  const { ctx, filter, result } = props;
  const m = ctx.t.networkGroups.list;
  const title = ctx.t.networkGroups.title;
  const filtered = Boolean(filter.handlungsfeld || filter.programm);
  return (
    <Layout
      ctx={ctx}
      title={result.page > 1 ? `${title} (${ctx.t.common.pagination.page(result.page)})` : title}
      breadcrumbs={[{ href: NETWORK_PATH, label: ctx.t.common.nav.network }, { label: title }]}
    >
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {ctx.user ? (
        <p class="kern-body">
          <ButtonLink href={NEW_GROUP_PATH} variant="secondary">
            {m.create}
          </ButtonLink>
        </p>
      ) : null}
      <form method="get" action={GROUPS_PATH} aria-labelledby="filter-title">
        <h2 class="kern-heading-medium" id="filter-title">
          {m.filterTitle}
        </h2>
        <div class="dk-filter">
          <Select
            name="handlungsfeld"
            label={m.fieldOfAction}
            value={filter.handlungsfeld}
            placeholder={m.all}
            options={result.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
          />
          {result.programmes.length > 0 ? (
            <Select
              name="programm"
              label={m.programme}
              value={filter.programm}
              placeholder={m.all}
              options={result.programmes.map((p) => ({ value: p, label: p }))}
            />
          ) : null}
          <Button variant="secondary">{m.apply}</Button>
        </div>
        {filtered ? (
          <p class="kern-body">
            <a href={GROUPS_PATH}>{m.reset}</a>
          </p>
        ) : null}
      </form>
      <h2 class="kern-heading-large" id="results-title">
        {m.count(result.total)}
      </h2>
      {result.rows.length === 0 ? (
        <p class="kern-body">{filtered ? m.empty : m.none}</p>
      ) : (
        <ul class="kern-list" aria-labelledby="results-title">
          {result.rows.map((row) => (
            <li key={row.group.id}>
              <GroupCard ctx={ctx} row={row} regionName={row.group.regionOrganisationId ? result.regionNames.get(row.group.regionOrganisationId) : undefined} />
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => groupListHref(filter, n)} />
    </Layout>
  );
}
