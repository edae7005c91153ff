import { hasPermission } from '../../../platform/auth/policy.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Card, Pagination } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Select, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { LIST_PATH, organisationPath } from '../paths.ts';
import type { OrganisationListRow, ResultPage } from '../service.ts';
import { ORGANISATION_TYPES, type OrganisationType } from '../tables.ts';

export interface ListFilter {
  suche: string;
  typ?: OrganisationType | undefined;
}

/** Address of a page of the list with the same search and filter. */
export function listHref(filter: ListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.suche) params.set('suche', filter.suche);
  if (filter.typ) params.set('typ', filter.typ);
  if (page > 1) params.set('seite', String(page));
  const query = params.toString();
  return query ? `${LIST_PATH}?${query}` : LIST_PATH;
}

export function OrganisationListPage(props: { ctx: ViewContext; filter: ListFilter; result: ResultPage<OrganisationListRow> }) {
  const { ctx, filter, result } = props;
  const m = ctx.t.organisations.list;
  const filtered = Boolean(filter.suche || filter.typ);
  return (
    <Layout ctx={ctx} title={result.page > 1 ? `${m.title} (${ctx.t.common.pagination.page(result.page)})` : m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {hasPermission(ctx.user, 'organisation:create') ? (
        <p class="kern-body">
          {m.createHint}{' '}
          <ButtonLink href={`${LIST_PATH}/neu`} variant="secondary">
            {m.create}
          </ButtonLink>
        </p>
      ) : null}
      <form method="get" action={LIST_PATH} role="search" aria-labelledby="search-title">
        <h2 class="kern-heading-medium" id="search-title">
          {m.searchTitle}
        </h2>
        <TextField name="suche" label={m.search} type="search" value={filter.suche} maxLength={100} />
        <Select
          name="typ"
          label={m.type}
          value={filter.typ ?? ''}
          placeholder={m.allTypes}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
        />
        <div class="dk-actions">
          <Button variant="secondary">{m.submit}</Button>
          {filtered ? <a href={LIST_PATH}>{m.reset}</a> : null}
        </div>
      </form>
      <h2 class="kern-heading-large" id="results-title">
        {m.results(result.total)}
      </h2>
      {result.items.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <ul class="kern-list" aria-labelledby="results-title">
          {result.items.map((o) => (
            <li key={o.id}>
              <Card
                title={o.name}
                href={organisationPath(o.slug)}
                headingLevel={3}
                meta={[ctx.t.organisations.types[o.type], o.town, m.members(o.memberCount)].filter(Boolean).join(' · ')}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => listHref(filter, n)} />
    </Layout>
  );
}
