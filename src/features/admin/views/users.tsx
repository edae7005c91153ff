import type { UserRow } from '../../../platform/auth/user-repository.ts';
import { SITE_ROLES } from '../../../platform/db/tables.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, Pagination, SummaryList, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, Select, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { listUsers, UserFilter } from '../repository.ts';

type ListedUser = Awaited<ReturnType<typeof listUsers>>[number];

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.admin.title });

function statusOf(user: Pick<ListedUser, 'disabledAt' | 'emailVerifiedAt'>): 'active' | 'unverified' | 'disabled' {
  if (user.disabledAt) return 'disabled';
  return user.emailVerifiedAt ? 'active' : 'unverified';
}

const STATUS_COLOUR = { active: 'green', unverified: 'yellow', disabled: 'red' } as const;

export function UserListPage(props: { ctx: ViewContext; users: ListedUser[]; total: number; filter: UserFilter; page: number; pages: number }) {
  const { ctx, filter } = props;
  const m = ctx.t.admin.users;
  const roles = ctx.t.accounts.account.roles;
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (filter.query) p.set('q', filter.query);
    if (filter.role) p.set('rolle', filter.role);
    if (filter.status) p.set('status', filter.status);
    p.set('seite', String(page));
    return `/verwaltung/nutzer?${p.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <form method="get" action="/verwaltung/nutzer" class="dk-filter" role="search">
        <TextField name="q" type="search" label={m.search} value={filter.query ?? ''} width="half" />
        <Select
          name="rolle"
          label={m.role}
          value={filter.role ?? ''}
          placeholder={m.allRoles}
          options={SITE_ROLES.map((r) => ({ value: r, label: roles[r] }))}
        />
        <Select
          name="status"
          label={m.status}
          value={filter.status ?? ''}
          placeholder={m.allStatuses}
          options={(['active', 'unverified', 'disabled'] as const).map((s) => ({ value: s, label: m.statuses[s] }))}
        />
        <Button variant="secondary">{ctx.t.common.filter}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.count(props.total)}
      </p>
      {props.users.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.name, m.email, m.role, m.status, m.createdAt]}
          rows={props.users.map((u) => {
            const status = statusOf(u);
            return [
              <a href={`/verwaltung/nutzer/${u.id}`}>{u.displayName}</a>,
              u.email,
              roles[u.siteRole],
              <Tag colour={STATUS_COLOUR[status]}>{m.statuses[status]}</Tag>,
              formatDate(ctx.locale, u.createdAt),
            ];
          })}
        />
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={query} />
    </Layout>
  );
}

export function UserDetailPage(props: { ctx: ViewContext; user: UserRow; message?: 'saved' | 'lastAdmin' | 'notSelf' | undefined }) {
  const { ctx, user } = props;
  const m = ctx.t.admin.users;
  const roles = ctx.t.accounts.account.roles;
  const status = statusOf(user);
  const title = m.detailTitle(user.displayName);
  const problem = props.message === 'lastAdmin' || props.message === 'notSelf' ? m[props.message] : undefined;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), { href: '/verwaltung/nutzer', label: m.title }, { label: user.displayName }]}>
      {props.message === 'saved' ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.saved}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={problem ? [{ field: 'role', message: problem }] : undefined} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.name, value: user.displayName },
          { key: m.email, value: user.email },
          { key: m.role, value: roles[user.siteRole] },
          { key: m.status, value: <Tag colour={STATUS_COLOUR[status]}>{m.statuses[status]}</Tag> },
          { key: m.createdAt, value: formatDate(ctx.locale, user.createdAt) },
        ]}
      />
      <h2 class="kern-heading-large">{m.changeRole}</h2>
      <Form ctx={ctx} action={`/verwaltung/nutzer/${user.id}/rolle`}>
        <Select name="role" label={m.newRole} value={user.siteRole} options={SITE_ROLES.map((r) => ({ value: r, label: roles[r] }))} />
        <Button>{m.saveRole}</Button>
      </Form>
      <h2 class="kern-heading-large">{user.disabledAt ? m.enable : m.disable}</h2>
      <p class="kern-body">{m.disableHint}</p>
      <Form ctx={ctx} action={`/verwaltung/nutzer/${user.id}/sperre`}>
        <input type="hidden" name="disabled" value={user.disabledAt ? '0' : '1'} />
        <Button variant={user.disabledAt ? 'secondary' : 'warning'}>{user.disabledAt ? m.enable : m.disable}</Button>
      </Form>
    </Layout>
  );
}
