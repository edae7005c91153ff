import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import { eventPath } from '../../core/paths.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import type { RegistrationRow } from '../repository.ts';
import { DateSummary } from './parts.tsx';

/*
 * Events that ask for a confirmed address: the page after "Verbindlich anmelden" (and after
 * a reload of it), and the page the link in the e-mail opens.
 */

const until = (ctx: ViewContext, r: RegistrationRow) => formatDateTime(ctx.locale, r.holdExpiresAt ?? new Date());

/** The seat is held, nothing is final yet: the one thing left to do is in the mailbox. */
export function RegistrationHeldPage(props: { ctx: ViewContext; event: EventRow; date: EventDate; registration: RegistrationRow }) {
  const { ctx, event, registration: r } = props;
  const m = ctx.t.eventRegistration.address;
  return (
    <Layout ctx={ctx} title={m.heldTitle}>
      <h1 class="kern-heading-x-large">{m.heldTitle}</h1>
      <NotificationBanner ctx={ctx} title={m.heldBannerTitle}>
        <p class="kern-body">{m.heldMailSent(r.email)}</p>
        <p class="kern-body">{m.heldUntil(until(ctx, r))}</p>
      </NotificationBanner>
      <p class="kern-body">{m.heldNoMail}</p>
      <DateSummary ctx={ctx} event={event} date={props.date} />
      <p class="kern-body">
        <a href={eventPath(event.slug)}>{ctx.t.eventRegistration.confirmation.backToEvent}</a>
      </p>
    </Layout>
  );
}

/** /anmeldung/:reference/bestaetigen: one button; opening the link confirms nothing. */
export function AddressConfirmPage(props: { ctx: ViewContext; event: EventRow; date: EventDate; registration: RegistrationRow; token: string }) {
  const { ctx, registration: r } = props;
  const m = ctx.t.eventRegistration.address;
  return (
    <Layout ctx={ctx} title={m.confirmTitle}>
      <h1 class="kern-heading-x-large">{m.confirmTitle}</h1>
      <p class="kern-body kern-body--large">{m.confirmLead(r.email, until(ctx, r))}</p>
      <DateSummary ctx={ctx} event={props.event} date={props.date} />
      <Form ctx={ctx} action={`/anmeldung/${r.reference}/bestaetigen`}>
        <input type="hidden" name="token" value={props.token} />
        <Button>{m.confirmSubmit}</Button>
      </Form>
    </Layout>
  );
}
