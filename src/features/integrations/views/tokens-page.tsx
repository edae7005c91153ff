import { formatDate, formatDateTime } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, Table, Tag } from '../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { ISSUE_PATH, revokePath, tokenAnchor } from '../paths.ts';
import type { ApiTokenListRow } from '../repository.ts';

export type TokensNotice = 'revoked' | 'alreadyRevoked' | 'alreadyIssued';

/** Whether a token still works, as the list shows it. */
function Status(props: { ctx: ViewContext; token: ApiTokenListRow; now: Date }) {
  const { ctx, token, now } = props;
  const m = ctx.t.integrations.list;
  if (token.revokedAt) return <Tag colour="red">{m.revoked(formatDate(ctx.locale, token.revokedAt))}</Tag>;
  if (token.expiresAt && token.expiresAt <= now) return <Tag colour="grey">{m.expired}</Tag>;
  return <Tag colour="green">{m.active}</Tag>;
}

export function TokensPage(props: { ctx: ViewContext; tokens: ApiTokenListRow[]; now: Date; notice?: TokensNotice | undefined }) {
  const { ctx, tokens, now } = props;
  const m = ctx.t.integrations;
  const live = (t: ApiTokenListRow) => !t.revokedAt;
  return (
    <Layout ctx={ctx} title={m.title} wide breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { label: m.title }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant={props.notice === 'alreadyIssued' ? 'warning' : 'success'}>
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <div class="dk-actions">
        <ButtonLink href={ISSUE_PATH}>{m.list.issue}</ButtonLink>
      </div>
      {tokens.length === 0 ? (
        <p class="kern-body">{m.list.empty}</p>
      ) : (
        <Table
          caption={m.list.caption}
          head={m.list.head}
          rows={tokens.map((t) => [
            <span id={tokenAnchor(t.id)}>{t.name}</span>,
            <code class="dk-reference">{t.prefix}</code>,
            t.scopes.join(', '),
            m.list.issuedBy(formatDateTime(ctx.locale, t.createdAt), t.createdByName),
            t.lastUsedAt ? formatDateTime(ctx.locale, t.lastUsedAt) : m.list.never,
            t.expiresAt ? formatDateTime(ctx.locale, t.expiresAt) : m.list.noExpiry,
            <Status ctx={ctx} token={t} now={now} />,
            live(t) ? (
              <a href={revokePath(t.id)}>
                {m.list.revoke}
                <span class="kern-sr-only">: {t.name}</span>
              </a>
            ) : (
              ''
            ),
          ])}
        />
      )}
    </Layout>
  );
}
