import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { dateIcsPath, eventPath } from '../../core/paths.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import type { RegistrationRow } from '../repository.ts';
import { DateSummary } from './parts.tsx';

/** The confirmation page after "Verbindlich anmelden"; a repeated confirmation shows it again. */
export function RegistrationDonePage(props: {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  registration: RegistrationRow;
  position: number | undefined;
  managePath: string;
  streamLinkMinutes: number;
}) {
  const { ctx, event, date, registration: r } = props;
  const m = ctx.t.eventRegistration;
  const waiting = r.status === 'waiting';
  const title = waiting ? m.confirmation.waitingTitle : m.confirmation.confirmedTitle;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">
        {m.confirmation.referenceLabel}: <code class="dk-reference">{r.reference}</code>
      </p>
      <p class="kern-body">{waiting ? m.confirmation.waitingBody(props.position ?? 1) : m.confirmation.confirmedBody}</p>
      <p class="kern-body">{m.confirmation.mailSent(r.email)}</p>
      <DateSummary ctx={ctx} event={event} date={date} />
      {date.online ? <p class="dk-inset-text">{m.details.streamFollows(props.streamLinkMinutes)}</p> : null}
      <p class="kern-body">
        <a href={dateIcsPath(event.slug, date.id)}>{m.details.calendar}</a>
      </p>
      <h2 class="kern-heading-medium">{m.confirmation.nextHeading}</h2>
      <p class="kern-body">{m.confirmation.manageHint}</p>
      <p class="kern-body">
        <a href={props.managePath}>{m.confirmation.manageLink}</a>
      </p>
      <p class="kern-body">
        <a href={eventPath(event.slug)}>{m.confirmation.backToEvent}</a>
      </p>
    </Layout>
  );
}
