import type { ViewContext } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { revokePath, TOKENS_PATH } from '../paths.ts';
import type { ApiTokenRow } from '../repository.ts';

export function RevokeTokenPage(props: { ctx: ViewContext; token: ApiTokenRow }) {
  const { ctx, token } = props;
  const m = ctx.t.integrations;
  const title = m.revoke.title(token.name);
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { href: TOKENS_PATH, label: m.title }, { label: m.list.revoke }]}
    >
      <h1 class="kern-heading-x-large">{title}</h1>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.list.head[1]!, value: <code class="dk-reference">{token.prefix}</code> },
          { key: m.list.head[2]!, value: token.scopes.join(', ') },
        ]}
      />
      {token.revokedAt ? (
        <p class="kern-body">{m.revoke.already}</p>
      ) : (
        <>
          <p class="kern-body">{m.revoke.body}</p>
          <Form ctx={ctx} action={revokePath(token.id)}>
            <div class="dk-actions">
              <Button variant="warning">{m.revoke.confirm}</Button>
              <a href={TOKENS_PATH}>{m.revoke.cancel}</a>
            </div>
          </Form>
        </>
      )}
      {token.revokedAt ? (
        <p class="kern-body">
          <a href={TOKENS_PATH}>{m.issued.back}</a>
        </p>
      ) : null}
    </Layout>
  );
}
