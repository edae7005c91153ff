import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, Pagination, Table } from '../../../platform/views/components/content.tsx';
import { Button, Form, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { OrganisationListRow, OrganisationRow, ResultPage } from '../../organisations/service.ts';

const crumbs = (ctx: ViewContext) => [{ href: '/verwaltung', label: ctx.t.admin.title }];

export function OrganisationAdminList(props: { ctx: ViewContext; result: ResultPage<OrganisationListRow>; query: string; deleted: boolean }) {
  const { ctx, result } = props;
  const m = ctx.t.admin.organisations;
  const types = ctx.t.organisations.types;
  const href = (page: number) =>
    `/verwaltung/organisationen?${new URLSearchParams({ ...(props.query ? { q: props.query } : {}), seite: String(page) }).toString()}`;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[...crumbs(ctx), { label: m.title }]} wide>
      {props.deleted ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.deleted}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <form method="get" action="/verwaltung/organisationen" class="dk-filter" role="search">
        <TextField name="q" type="search" label={m.search} value={props.query} width="half" />
        <Button variant="secondary">{ctx.t.common.search}</Button>
      </form>
      {result.items.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.name, m.type, m.town, m.members, '']}
          numeric={[3]}
          rows={result.items.map((o) => [
            <a href={`/netzwerk/organisationen/${o.slug}`}>{o.name}</a>,
            types[o.type],
            o.town ?? ctx.t.common.none,
            String(o.memberCount),
            <ul class="kern-list dk-list--inline">
              <li>
                <a href={`/netzwerk/organisationen/${o.slug}/bearbeiten`}>
                  {m.edit}
                  <span class="kern-sr-only"> {o.name}</span>
                </a>
              </li>
              <li>
                <a href={`/netzwerk/organisationen/${o.slug}/mitglieder`}>
                  {m.manageMembers}
                  <span class="kern-sr-only"> {o.name}</span>
                </a>
              </li>
              <li>
                <a href={`/verwaltung/organisationen/${o.id}/loeschen`}>
                  {m.delete}
                  <span class="kern-sr-only"> {o.name}</span>
                </a>
              </li>
            </ul>,
          ])}
        />
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={href} />
    </Layout>
  );
}

export function OrganisationDeletePage(props: { ctx: ViewContext; organisation: OrganisationRow }) {
  const { ctx, organisation } = props;
  const m = ctx.t.admin.organisations;
  const title = m.deleteTitle(organisation.name);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[...crumbs(ctx), { href: '/verwaltung/organisationen', label: m.title }, { label: organisation.name }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{m.deleteBody}</p>
      <Form ctx={ctx} action={`/verwaltung/organisationen/${organisation.id}/loeschen`}>
        <div class="dk-actions">
          <Button variant="warning">{m.deleteConfirm}</Button>
          <a href="/verwaltung/organisationen">{ctx.t.common.cancel}</a>
        </div>
      </Form>
    </Layout>
  );
}
