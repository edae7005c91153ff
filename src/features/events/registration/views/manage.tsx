import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { NotificationBanner, SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import { dateIcsPath } from '../../core/paths.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { fullName } from '../format.ts';
import type { RegistrationRow } from '../repository.ts';
import { dateRows, DateSummary, StatusTag } from './parts.tsx';

export interface ManagePageProps {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  registration: RegistrationRow;
  /** the link secret; the cancel form sends it back */
  token: string;
  position: number | undefined;
  offerPath: string;
  /** where a held seat's address is confirmed */
  addressPath: string;
  /** for a signed-in person: the registration is linked to their account, or may be linked to it */
  account: 'linked' | 'claimable' | undefined;
  /** the stream's address when it may be shown now, else undefined */
  streamUrl: string | undefined;
  streamLinkMinutes: number;
  /** the person may still cancel (the date has not begun) */
  canCancel: boolean;
  notice?: string | undefined;
}

/** /anmeldung/:reference: the person's own view of their registration, with the cancel button. */
export function RegistrationManagePage(props: ManagePageProps) {
  const { ctx, event, date, registration: r } = props;
  const m = ctx.t.eventRegistration;
  const d = m.details;
  const live = r.status !== 'cancelled';
  const rows = [
    { key: d.status, value: <StatusTag ctx={ctx} status={r.status} /> },
    ...(r.status === 'waiting' && props.position ? [{ key: d.waitingPosition, value: String(props.position) }] : []),
    ...dateRows(ctx, event, date),
    { key: d.name, value: fullName(ctx.t, r) },
    { key: m.fields.email, value: r.email },
    { key: m.fields.organisation, value: r.organisation },
  ];
  return (
    <Layout ctx={ctx} title={m.manage.title}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{m.manage.title}</h1>
      <p class="kern-body kern-body--large">
        {m.confirmation.referenceLabel}: <code class="dk-reference">{r.reference}</code>
      </p>
      <SummaryList ctx={ctx} rows={rows} />
      {live ? (
        <p class="kern-body">
          <a href={dateIcsPath(event.slug, date.id)}>{d.calendar}</a>
        </p>
      ) : null}
      {r.status === 'offered' && r.offerExpiresAt ? (
        <div class="dk-inset-text">
          <p class="kern-body">{m.manage.offerOpen(formatDateTime(ctx.locale, r.offerExpiresAt))}</p>
          <p class="kern-body">
            <a href={props.offerPath}>{m.manage.offerLink}</a>
          </p>
        </div>
      ) : null}
      {r.status === 'held' && r.holdExpiresAt ? (
        <div class="dk-inset-text">
          <p class="kern-body">{m.manage.heldOpen(formatDateTime(ctx.locale, r.holdExpiresAt))}</p>
          <p class="kern-body">
            <a href={props.addressPath}>{m.manage.heldLink}</a>
          </p>
        </div>
      ) : null}
      {props.streamUrl ? (
        <>
          <h2 class="kern-heading-medium">{m.manage.streamHeading}</h2>
          <p class="kern-body">
            <a href={props.streamUrl} rel="noreferrer">
              {m.manage.streamLink}
            </a>
          </p>
        </>
      ) : date.online && r.status === 'confirmed' ? (
        <p class="dk-inset-text">{d.streamFollows(props.streamLinkMinutes)}</p>
      ) : null}
      {!live ? <p class="kern-body">{m.manage.isCancelled}</p> : null}
      {live && props.canCancel ? (
        <>
          <h2 class="kern-heading-medium">{m.manage.cancelHeading}</h2>
          <p class="kern-body">{r.status === 'waiting' ? m.manage.cancelWaitingLead : m.manage.cancelLead}</p>
          <Form ctx={ctx} action={`/anmeldung/${r.reference}`}>
            <input type="hidden" name="token" value={props.token} />
            <Button variant="warning">{m.manage.cancelSubmit}</Button>
          </Form>
        </>
      ) : null}
      {live && !props.canCancel ? <p class="kern-body">{m.manage.tooLateToCancel}</p> : null}
      {props.account === 'linked' ? <p class="kern-body">{m.claim.linked}</p> : null}
      {props.account === 'claimable' ? (
        <>
          <h2 class="kern-heading-medium">{m.claim.heading}</h2>
          <p class="kern-body">{m.claim.lead(ctx.user?.email ?? '')}</p>
          <Form ctx={ctx} action={`/anmeldung/${r.reference}/konto`}>
            <input type="hidden" name="token" value={props.token} />
            <Button variant="secondary">{m.claim.submit}</Button>
          </Form>
        </>
      ) : null}
    </Layout>
  );
}

/** /anmeldung/:reference/angebot: a button to accept the seat (a GET never accepts, so mail scanners cannot). */
export function RegistrationOfferPage(props: {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  registration: RegistrationRow;
  token: string;
  managePath: string;
}) {
  const { ctx, registration: r } = props;
  const m = ctx.t.eventRegistration;
  return (
    <Layout ctx={ctx} title={m.offer.title}>
      <h1 class="kern-heading-x-large">{m.offer.title}</h1>
      <p class="kern-body kern-body--large">{m.offer.lead(formatDateTime(ctx.locale, r.offerExpiresAt ?? new Date()))}</p>
      <DateSummary ctx={ctx} event={props.event} date={props.date} />
      <Form ctx={ctx} action={`/anmeldung/${r.reference}/angebot`}>
        <input type="hidden" name="token" value={props.token} />
        <Button>{m.offer.submit}</Button>
      </Form>
      <p class="kern-body">
        {m.offer.decline} <a href={props.managePath}>{m.offer.toRegistration}</a>
      </p>
    </Layout>
  );
}
