import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

interface FormPageProps {
  ctx: ViewContext;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

export function SignupPage(props: FormPageProps & { submissionId: string }) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.signup.title} breadcrumbs={[{ label: m.signup.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.signup.title}</h1>
      <p class="kern-body">{m.signup.lead}</p>
      <Form ctx={ctx} action="/registrieren" submissionId={props.submissionId}>
        <TextField
          name="displayName"
          label={m.fields.displayName}
          hint={m.fields.displayNameHint}
          value={valueFor(values, 'displayName')}
          error={errorFor(errors, 'displayName')}
          autocomplete="name"
          maxLength={120}
        />
        <TextField
          name="email"
          type="email"
          label={m.fields.email}
          value={valueFor(values, 'email')}
          error={errorFor(errors, 'email')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          name="password"
          type="password"
          label={m.fields.password}
          hint={m.fields.passwordHint}
          error={errorFor(errors, 'password')}
          autocomplete="new-password"
        />
        <TextField
          name="passwordConfirm"
          type="password"
          label={m.fields.passwordConfirm}
          error={errorFor(errors, 'passwordConfirm')}
          autocomplete="new-password"
        />
        <p class="kern-body">
          <a href="/datenschutz">{m.fields.privacyLink}</a>
        </p>
        <Choices
          type="checkbox"
          name="privacyConsent"
          label={ctx.t.common.footer.privacy}
          options={[{ value: '1', label: m.fields.privacyConsent }]}
          selected={values?.privacyConsent ? ['1'] : []}
          error={errorFor(errors, 'privacyConsent')}
        />
        <Button>{m.signup.submit}</Button>
      </Form>
      <p class="kern-body">
        {m.signup.haveAccount} <a href="/anmelden">{m.login.title}</a>
      </p>
    </Layout>
  );
}

export function LoginPage(
  props: FormPageProps & {
    next: string;
    notice?: string | undefined;
    /** the other ways to log in (single sign-on), above the password form */
    loginOptions: ComponentChildren[];
  },
) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.login.title} breadcrumbs={[{ label: m.login.title }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.login.title}</h1>
      {props.loginOptions}
      <Form ctx={ctx} action="/anmelden">
        <input type="hidden" name="weiter" value={props.next} />
        <TextField
          name="email"
          type="email"
          label={m.fields.email}
          value={valueFor(values, 'email')}
          error={errorFor(errors, 'email')}
          autocomplete="username"
          spellcheck={false}
        />
        <TextField name="password" type="password" label={m.fields.password} error={errorFor(errors, 'password')} autocomplete="current-password" />
        <Button>{m.login.submit}</Button>
      </Form>
      <ul class="kern-list">
        <li>
          <a href="/passwort-vergessen">{m.login.forgot}</a>
        </li>
        <li>
          {m.login.noAccount} <a href="/registrieren">{m.signup.title}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ForgotPasswordPage(props: FormPageProps) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.forgot.title} breadcrumbs={[{ href: '/anmelden', label: m.login.title }, { label: m.forgot.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.forgot.title}</h1>
      <p class="kern-body">{m.forgot.lead}</p>
      <Form ctx={ctx} action="/passwort-vergessen">
        <TextField
          name="email"
          type="email"
          label={m.fields.email}
          value={valueFor(values, 'email')}
          error={errorFor(errors, 'email')}
          autocomplete="email"
          spellcheck={false}
        />
        <Button>{m.forgot.submit}</Button>
      </Form>
    </Layout>
  );
}

export function ResetPasswordPage(props: FormPageProps & { token: string }) {
  const { ctx, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.reset.title} breadcrumbs={[{ label: m.reset.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.reset.title}</h1>
      <Form ctx={ctx} action="/passwort-zuruecksetzen">
        <input type="hidden" name="token" value={props.token} />
        <TextField
          name="password"
          type="password"
          label={m.fields.newPassword}
          hint={m.fields.passwordHint}
          error={errorFor(errors, 'password')}
          autocomplete="new-password"
        />
        <TextField
          name="passwordConfirm"
          type="password"
          label={m.fields.passwordConfirm}
          error={errorFor(errors, 'passwordConfirm')}
          autocomplete="new-password"
        />
        <Button>{m.reset.submit}</Button>
      </Form>
    </Layout>
  );
}

/**
 * Where a link from an e-mail leads when following it changes something: mail scanners open
 * every link, so only the button, a POST, makes the change.
 */
export function ConfirmLinkPage(props: { ctx: ViewContext; title: string; body: string; action: string; token: string; submit: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1 class="kern-heading-x-large">{props.title}</h1>
      <p class="kern-body">{props.body}</p>
      <p class="kern-body">{ctx.t.accounts.confirmWhy}</p>
      <Form ctx={ctx} action={props.action}>
        <input type="hidden" name="token" value={props.token} />
        <Button>{props.submit}</Button>
      </Form>
    </Layout>
  );
}
