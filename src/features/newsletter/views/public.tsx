import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Button, Choices, errorFor, ErrorSummary, Form, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { NEWSLETTER_PATH } from '../paths.ts';
import { PENDING_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS } from '../remove-lapsed-subscriptions.ts';
import { NEWSLETTER_LOCALES } from '../schema.ts';

/** /newsletter: what it is, how often, privacy, and the form (or, for a subscribed member, the way out). */
export function NewsletterPage(props: {
  ctx: ViewContext;
  values: FormValues;
  errors?: FieldError[] | undefined;
  submissionId: string;
  /** the signed-in person's active subscription: its address and the unsubscribe form's address */
  subscribed?: { email: string; unsubscribeAction: string } | undefined;
}) {
  const { ctx, errors } = props;
  const m = ctx.t.newsletter.public;
  return (
    <Layout ctx={ctx} title={m.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-medium">{m.frequencyTitle}</h2>
      <p class="kern-body">{m.frequency}</p>
      <h2 class="kern-heading-medium">{m.privacyTitle}</h2>
      {m.privacy(PENDING_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS).map((p) => (
        <p class="kern-body">{p}</p>
      ))}
      {props.subscribed ? (
        <>
          <h2 class="kern-heading-medium">{m.subscribedTitle}</h2>
          <p class="kern-body">{m.subscribed(props.subscribed.email)}</p>
          <Form ctx={ctx} action={props.subscribed.unsubscribeAction}>
            <Button variant="secondary">{m.unsubscribe}</Button>
          </Form>
        </>
      ) : (
        <>
          <h2 class="kern-heading-medium">{m.formTitle}</h2>
          <Form ctx={ctx} action={NEWSLETTER_PATH} submissionId={props.submissionId}>
            <TextField
              name="email"
              type="email"
              label={m.email}
              autocomplete="email"
              spellcheck={false}
              maxLength={254}
              value={valueFor(props.values, 'email')}
              error={errorFor(errors, 'email')}
            />
            <Choices
              name="locale"
              type="radio"
              inline
              label={m.language}
              options={NEWSLETTER_LOCALES.map((l) => ({ value: l, label: m.languages[l] }))}
              selected={[valueFor(props.values, 'locale') || ctx.locale]}
              error={errorFor(errors, 'locale')}
            />
            <Button>{m.submit}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}

/** The one answer to every valid request, whatever the address's state: no enumeration. */
export function RequestedPage(props: { ctx: ViewContext }) {
  const m = props.ctx.t.newsletter.public;
  return (
    <MessagePage ctx={props.ctx} title={m.requestedTitle} body={m.requested}>
      <p class="kern-body">
        <a href={NEWSLETTER_PATH}>{m.back}</a>
      </p>
    </MessagePage>
  );
}

/** A page with one button that POSTs to its own address: mail scanners follow GET links only. */
export function ButtonPage(props: { ctx: ViewContext; title: string; body: string; action: string; button: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1 class="kern-heading-x-large">{props.title}</h1>
      <p class="kern-body">{props.body}</p>
      <Form ctx={ctx} action={props.action}>
        <Button>{props.button}</Button>
      </Form>
    </Layout>
  );
}

export function DonePage(props: { ctx: ViewContext; title: string; body: string; success?: boolean }) {
  const { ctx } = props;
  return (
    <MessagePage ctx={ctx} title={props.title} body={props.body} variant={props.success ? 'success' : 'plain'}>
      <p class="kern-body">
        <a href={NEWSLETTER_PATH}>{ctx.t.newsletter.public.back}</a>
      </p>
    </MessagePage>
  );
}
