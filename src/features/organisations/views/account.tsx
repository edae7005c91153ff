import { formatDate } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, Table } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Form } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { LIST_PATH, organisationPath } from '../paths.ts';
import type { MyInvitations, UserMembershipRow } from '../service.ts';
import { accountCrumb, Notice, type NoticeKey } from './shared.tsx';

export function MyOrganisationsPage(props: { ctx: ViewContext; memberships: UserMembershipRow[]; openInvitations: number }) {
  const { ctx } = props;
  const m = ctx.t.organisations.account;
  const active = props.memberships.filter((x) => x.status === 'active');
  const requested = props.memberships.filter((x) => x.status === 'requested');
  const link = (x: UserMembershipRow) => <a href={organisationPath(x.slug)}>{x.name}</a>;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[accountCrumb(ctx), { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      {props.openInvitations > 0 ? (
        <NotificationBanner ctx={ctx}>
          <p class="kern-body">
            {m.invitations(props.openInvitations)} <a href="/konto/einladungen">{m.invitationsLink}</a>
          </p>
        </NotificationBanner>
      ) : null}
      <h2 class="kern-heading-large">{m.organisationsTitle}</h2>
      {active.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.organisationsTitle}
          captionHidden
          head={[m.organisation, m.role]}
          rows={active.map((x) => [link(x), ctx.t.organisations.roles[x.role]])}
        />
      )}
      <h2 class="kern-heading-large">{m.requestsTitle}</h2>
      {requested.length === 0 ? (
        <p class="kern-body">{m.noRequests}</p>
      ) : (
        <Table
          caption={m.requestsTitle}
          captionHidden
          head={[m.organisation, m.requestedAt]}
          rows={requested.map((x) => [link(x), formatDate(ctx.locale, x.createdAt)])}
        />
      )}
      <ButtonLink href={LIST_PATH} variant="secondary">
        {m.find}
      </ButtonLink>
    </Layout>
  );
}

export function MyInvitationsPage(props: { ctx: ViewContext; data: MyInvitations; notice?: NoticeKey | undefined }) {
  const { ctx, data } = props;
  const m = ctx.t.organisations.invitations;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[accountCrumb(ctx), { label: m.title }]}>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {!data.verified ? (
        <div class="dk-inset-text">
          <p class="kern-body">{m.unverified}</p>
        </div>
      ) : data.invitations.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.organisation, m.role, m.invitedBy, m.invitedAt, ctx.t.organisations.members.actions]}
          rows={data.invitations.map((i) => [
            <a href={organisationPath(i.organisationSlug)}>{i.organisationName}</a>,
            ctx.t.organisations.roles[i.role],
            i.invitedByName ?? ctx.t.common.none,
            formatDate(ctx.locale, i.createdAt),
            <div class="dk-actions">
              <Form ctx={ctx} action={`/konto/einladungen/${i.id}/annehmen`} class="dk-inline-form">
                <Button>
                  {m.accept}
                  <span class="kern-sr-only">: {i.organisationName}</span>
                </Button>
              </Form>
              <Form ctx={ctx} action={`/konto/einladungen/${i.id}/ablehnen`} class="dk-inline-form">
                <Button variant="warning">
                  {m.decline}
                  <span class="kern-sr-only">: {i.organisationName}</span>
                </Button>
              </Form>
            </div>,
          ])}
        />
      )}
    </Layout>
  );
}
