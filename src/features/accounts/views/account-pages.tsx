import type { ComponentChildren } from 'preact';
import type { UserRow } from '../../../platform/auth/user-repository.ts';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner, SummaryList } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, Select, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

interface FormPageProps {
  ctx: ViewContext;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

const accountCrumb = (ctx: ViewContext) => ({ href: '/konto', label: ctx.t.accounts.account.title });

export function AccountPage(props: {
  ctx: ViewContext;
  user: UserRow;
  /** the features' pages about the person's organisations (deps.accountLinks) */
  links: readonly { href: string; label: string }[];
  /** the other ways to log in: their sections about the person's link to them (deps.loginMethods) */
  sections: ComponentChildren[];
  notice?: string | undefined;
}) {
  const { ctx, user } = props;
  const m = ctx.t.accounts.account;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <h2 class="kern-heading-large">{m.profile}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.name, value: user.displayName, changeHref: '/konto/profil' },
          // changing the address asks for the password, which an account of single sign-on may not have
          user.passwordHash ? { key: m.email, value: user.email, changeHref: '/konto/email' } : { key: m.email, value: user.email },
          { key: m.role, value: m.roles[user.siteRole] },
          { key: m.memberSince, value: formatDate(ctx.locale, user.createdAt) },
        ]}
      />
      <h2 class="kern-heading-large">{m.organisations}</h2>
      <ul class="kern-list">
        <li>
          <a href="/konto/organisationen">{m.organisationsLink}</a>
        </li>
        <li>
          <a href="/konto/einladungen">{m.invitationsLink}</a>
        </li>
        {props.links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-large">{m.security}</h2>
      {user.passwordHash ? (
        <ul class="kern-list">
          <li>
            <a href="/konto/passwort">{m.changePassword}</a>
          </li>
          <li>
            <a href="/konto/email">{m.changeEmail}</a>
          </li>
        </ul>
      ) : (
        <>
          <p class="kern-body">{m.noPasswordHint}</p>
          <p class="kern-body">
            <a href="/passwort-vergessen">{m.setPassword}</a>
          </p>
        </>
      )}
      {props.sections}
      <h2 class="kern-heading-large">{m.privacy}</h2>
      <ul class="kern-list">
        <li>
          <a href="/konto/daten" download>
            {m.download}
          </a>
        </li>
        <li>
          <a href="/konto/loeschen">{m.deleteLink}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ProfilePage(props: FormPageProps) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.profile.title} breadcrumbs={[accountCrumb(ctx), { label: m.profile.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.profile.title}</h1>
      <Form ctx={ctx} action="/konto/profil">
        <TextField
          name="displayName"
          label={m.fields.displayName}
          hint={m.fields.displayNameHint}
          value={valueFor(values, 'displayName')}
          error={errorFor(errors, 'displayName')}
          autocomplete="name"
          maxLength={120}
        />
        <Select
          name="locale"
          label={m.fields.locale}
          value={valueFor(values, 'locale')}
          error={errorFor(errors, 'locale')}
          options={[
            { value: 'de', label: m.fields.localeDe },
            { value: 'en', label: m.fields.localeEn },
          ]}
        />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </Layout>
  );
}

export function ChangePasswordPage(props: FormPageProps) {
  const { ctx, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.password.title} breadcrumbs={[accountCrumb(ctx), { label: m.password.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.password.title}</h1>
      <Form ctx={ctx} action="/konto/passwort">
        <TextField
          name="currentPassword"
          type="password"
          label={m.fields.currentPassword}
          error={errorFor(errors, 'currentPassword')}
          autocomplete="current-password"
        />
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
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </Layout>
  );
}

export function ChangeEmailPage(props: FormPageProps) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.email.title} breadcrumbs={[accountCrumb(ctx), { label: m.email.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.email.title}</h1>
      <p class="kern-body">{m.email.lead}</p>
      <Form ctx={ctx} action="/konto/email">
        <TextField
          name="newEmail"
          type="email"
          label={m.fields.newEmail}
          value={valueFor(values, 'newEmail')}
          error={errorFor(errors, 'newEmail')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          name="currentPassword"
          type="password"
          label={m.fields.currentPassword}
          error={errorFor(errors, 'currentPassword')}
          autocomplete="current-password"
        />
        <Button>{m.email.submit}</Button>
      </Form>
    </Layout>
  );
}

/** With a password, the password confirms; without one (single sign-on only), a mailed link does. */
export function DeleteAccountPage(props: FormPageProps & { hasPassword: boolean }) {
  const { ctx, values, errors } = props;
  const m = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={m.deletion.title} breadcrumbs={[accountCrumb(ctx), { label: m.deletion.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.deletion.title}</h1>
      <p class="kern-body">{m.deletion.lead}</p>
      {props.hasPassword ? null : <p class="kern-body">{m.deletion.noPasswordLead}</p>}
      <Form ctx={ctx} action="/konto/loeschen">
        {props.hasPassword ? (
          <TextField
            name="currentPassword"
            type="password"
            label={m.fields.currentPassword}
            error={errorFor(errors, 'currentPassword')}
            autocomplete="current-password"
          />
        ) : null}
        <Choices
          type="checkbox"
          name="confirm"
          label={m.deletion.title}
          options={[{ value: '1', label: m.deletion.confirm }]}
          selected={values?.confirm ? ['1'] : []}
          error={errorFor(errors, 'confirm')}
        />
        <Button variant="warning">{props.hasPassword ? m.deletion.submit : m.deletion.mailSubmit}</Button>
      </Form>
    </Layout>
  );
}
