import { formatDate, formatDateTime } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Button, Form } from '../../../platform/views/components/form.tsx';
import type { SsoAccountSummary } from '../account-service.ts';

/**
 * The login button for /anmelden. A POST with the CSRF token, not a link: a link could be
 * planted on another site to log a visitor in to someone else's account (login CSRF).
 */
export function SsoLoginButton(props: { ctx: ViewContext; providerName: string; next: string }) {
  const m = props.ctx.t.sso;
  return (
    <Form ctx={props.ctx} action="/anmelden/sso">
      <input type="hidden" name="weiter" value={props.next} />
      <Button variant="secondary">{m.loginButton(props.providerName)}</Button>
      <p class="kern-body">{m.loginOr}</p>
    </Form>
  );
}

/** The account page's section: the linked identities and, where safe, the button to unlink. */
export function SsoAccountSection(props: { ctx: ViewContext; summary: SsoAccountSummary }) {
  const { ctx, summary } = props;
  const m = ctx.t.sso.account;
  return (
    <section aria-labelledby="sso-title">
      <h2 class="kern-heading-large" id="sso-title">
        {m.title(summary.providerName)}
      </h2>
      {summary.identities.length === 0 ? <p class="kern-body">{m.none(summary.providerName)}</p> : null}
      {summary.identities.map((identity) => (
        <div key={identity.id}>
          <p class="kern-body">
            {m.linkedAs} {identity.email} ({m.since} {formatDate(ctx.locale, identity.createdAt)}
            {identity.lastLoginAt ? `, ${m.lastLogin} ${formatDateTime(ctx.locale, identity.lastLoginAt)}` : ''})
          </p>
          {summary.canUnlink ? (
            <Form ctx={ctx} action="/konto/sso/loesen">
              <input type="hidden" name="identity" value={identity.id} />
              <Button variant="secondary" ariaLabel={m.unlinkLabel(identity.email)}>
                {m.unlink}
              </Button>
            </Form>
          ) : (
            // the way to set a password stands in the account page's security section
            <p class="kern-body">{m.noPasswordHint}</p>
          )}
        </div>
      ))}
    </section>
  );
}
