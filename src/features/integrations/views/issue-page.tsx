import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField, valueFor, valuesOf } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { ISSUE_PATH, TOKENS_PATH } from '../paths.ts';
import { API_SCOPES } from '../tables.ts';

function crumbs(ctx: ViewContext, title: string) {
  return [{ href: '/verwaltung', label: ctx.t.admin.title }, { href: TOKENS_PATH, label: ctx.t.integrations.title }, { label: title }];
}

export function IssueTokenPage(props: { ctx: ViewContext; submissionId: string; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, values, errors } = props;
  const m = ctx.t.integrations.issue;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={crumbs(ctx, m.title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action={ISSUE_PATH} submissionId={props.submissionId}>
        <TextField name="name" label={m.name} hint={m.nameHint} value={valueFor(values, 'name')} error={errorFor(errors, 'name')} maxLength={120} />
        <Choices
          type="checkbox"
          name="scopes"
          label={m.scopes}
          hint={m.scopesHint}
          options={API_SCOPES.map((scope) => ({ value: scope, label: ctx.t.integrations.scopes[scope] }))}
          selected={valuesOf(values, 'scopes')}
          error={errorFor(errors, 'scopes')}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={m.expiresOn}
          hint={m.expiresOnHint}
          value={valueFor(values, 'expiresOn')}
          error={errorFor(errors, 'expiresOn')}
          width="short"
          optionalLabel={ctx.t.common.optional}
        />
        <div class="dk-actions">
          <Button>{m.submit}</Button>
          <a href={TOKENS_PATH}>{m.cancel}</a>
        </div>
      </Form>
    </Layout>
  );
}

/** The one page that ever shows the token. */
export function IssuedTokenPage(props: { ctx: ViewContext; name: string; token: string }) {
  const { ctx } = props;
  const m = ctx.t.integrations.issued;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={crumbs(ctx, m.title)}>
      <NotificationBanner ctx={ctx} variant="success">
        <p class="kern-body">{props.name}</p>
      </NotificationBanner>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <NotificationBanner ctx={ctx} variant="warning" title={ctx.t.common.notificationImportant}>
        <p class="kern-body">{m.warning}</p>
      </NotificationBanner>
      <h2 class="kern-heading-medium" id="token-label">
        {m.tokenLabel}
      </h2>
      <pre class="dk-code" tabindex={0} aria-labelledby="token-label">
        <code>{props.token}</code>
      </pre>
      <p class="kern-body">{m.usage}</p>
      <p class="kern-body">
        <a href={TOKENS_PATH}>{m.back}</a>
      </p>
    </Layout>
  );
}
