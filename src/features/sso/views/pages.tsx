import type { FieldError } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { RefusalReason } from '../finish-login.ts';

const loginCrumb = (ctx: ViewContext) => ({ href: '/anmelden', label: ctx.t.accounts.login.title });

/** An answer of the provider that was not accepted: what happened, and the way to try again. */
export function RefusedPage(props: { ctx: ViewContext; providerName: string; reason: RefusalReason }) {
  const { ctx } = props;
  const m = ctx.t.sso;
  return (
    <Layout ctx={ctx} title={m.refused.title} breadcrumbs={[loginCrumb(ctx), { label: m.refused.title }]}>
      <h1 class="kern-heading-x-large">{m.refused.title}</h1>
      <p class="kern-body">{m.refused.reasons[props.reason]}</p>
      <p class="kern-body">{m.refused.nothingStored}</p>
      <Form ctx={ctx} action="/anmelden/sso">
        <Button>{m.loginButton(props.providerName)}</Button>
      </Form>
      <p class="kern-body">
        <a href="/anmelden">{m.passwordLogin}</a>
      </p>
    </Layout>
  );
}

export function UnavailablePage(props: { ctx: ViewContext; providerName: string }) {
  const { ctx } = props;
  const m = ctx.t.sso;
  const title = m.unavailableTitle(props.providerName);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[loginCrumb(ctx), { label: title }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{m.unavailableBody}</p>
      <p class="kern-body">
        <a href="/anmelden">{m.passwordLogin}</a>
      </p>
    </Layout>
  );
}

/** The existing account's owner proves it is theirs: with its password, or (without one) by a mailed link. */
export function LinkPage(props: { ctx: ViewContext; providerName: string; email: string; hasPassword: boolean; errors?: FieldError[] | undefined }) {
  const { ctx, errors } = props;
  const m = ctx.t.sso.link;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[loginCrumb(ctx), { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(props.providerName, props.email)}</p>
      {props.hasPassword ? (
        <Form ctx={ctx} action="/anmelden/sso/verknuepfen">
          <TextField name="password" type="password" label={m.passwordLabel} error={errorFor(errors, 'password')} autocomplete="current-password" />
          <Button>{m.submit}</Button>
        </Form>
      ) : (
        <Form ctx={ctx} action="/anmelden/sso/verknuepfen/email">
          <p class="kern-body">{m.mailLead}</p>
          <Button>{m.mailSubmit}</Button>
        </Form>
      )}
      <p class="kern-body">
        <a href="/anmelden">{m.cancel}</a>
      </p>
    </Layout>
  );
}

/** The mailed link's page: a GET only shows the button, or a mail scanner would confirm. */
export function ConfirmLinkPage(props: { ctx: ViewContext; providerName: string; token: string }) {
  const { ctx } = props;
  const m = ctx.t.sso.link;
  return (
    <Layout ctx={ctx} title={m.confirmTitle} breadcrumbs={[loginCrumb(ctx), { label: m.confirmTitle }]}>
      <h1 class="kern-heading-x-large">{m.confirmTitle}</h1>
      <p class="kern-body">{m.confirmBody(props.providerName)}</p>
      <Form ctx={ctx} action="/anmelden/sso/verknuepfen/bestaetigen">
        <input type="hidden" name="token" value={props.token} />
        <Button>{m.confirmSubmit}</Button>
      </Form>
    </Layout>
  );
}

export function NewAccountPage(props: {
  ctx: ViewContext;
  providerName: string;
  displayName: string;
  email: string;
  roleLabel: string;
  submissionId: string;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, errors } = props;
  const m = ctx.t.sso.newAccount;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[loginCrumb(ctx), { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(props.providerName)}</p>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.name, value: props.displayName },
          { key: m.email, value: props.email },
          { key: m.role, value: props.roleLabel },
        ]}
      />
      <p class="kern-body">{m.noPassword}</p>
      <Form ctx={ctx} action="/anmelden/sso/konto-anlegen" submissionId={props.submissionId}>
        <p class="kern-body">
          <a href="/datenschutz">{m.privacyLink}</a>
        </p>
        <Choices
          type="checkbox"
          name="privacyConsent"
          label={m.consentLegend}
          options={[{ value: '1', label: m.consent }]}
          selected={[]}
          error={errorFor(errors, 'privacyConsent')}
        />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}
