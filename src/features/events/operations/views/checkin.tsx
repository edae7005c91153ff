import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { formatClock } from '../../../../platform/i18n/dates.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import type { RegistrationRow } from '../repository.ts';
import { datePath, dateLabel } from '../service.ts';
import { DateSubnav, operationsCrumbs, personName, SuccessNotice } from './shared.tsx';

export interface CheckInPageProps {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  /** confirmed participants, all or those matching the search */
  participants: RegistrationRow[];
  search: string;
  confirmed: number;
  checkedIn: number;
  notice?: string | undefined;
  /** why the last button press changed nothing */
  problem?: string | undefined;
}

/** What the instant filter compares the typed text with: name, organisation and reference. */
function searchText(r: RegistrationRow): string {
  return [r.firstName, r.lastName, r.organisation, r.reference, r.reference.replace(/-/g, '')].join(' ').toLowerCase();
}

function Participant(props: { ctx: ViewContext; base: string; search: string; person: RegistrationRow }) {
  const { ctx, person, base } = props;
  const m = ctx.t.eventOperations.checkIn;
  const name = personName(person);
  return (
    <li class="kern-card" id={`p-${person.id}`} data-checkin-entry data-search={searchText(person)}>
      <div class="kern-card__container">
        <h3 class="kern-title">{name}</h3>
        <p class="kern-subline">
          {person.organisation ? `${person.organisation} · ` : ''}
          <span class="dk-reference">{person.reference}</span>
        </p>
        {person.checkedInAt ? (
          <div class="dk-actions">
            <Tag colour="green">{m.presentSince(formatClock(ctx.locale, person.checkedInAt))}</Tag>
            <Form ctx={ctx} action={`${base}/${person.id}/rueckgaengig`} class="dk-inline-form">
              <input type="hidden" name="suche" value={props.search} />
              <Button variant="secondary">
                {m.undo}
                <span class="kern-sr-only"> {name}</span>
              </Button>
            </Form>
          </div>
        ) : (
          <Form ctx={ctx} action={`${base}/${person.id}`} class="dk-inline-form">
            <input type="hidden" name="suche" value={props.search} />
            <Button>
              {m.checkIn}
              <span class="kern-sr-only"> {name}</span>
            </Button>
          </Form>
        )}
      </div>
    </li>
  );
}

/**
 * The staff page at the door, made for a phone: search by name or reference (the QR code of
 * the receipt carries the reference), then one button per person. Works without JavaScript;
 * checkin.js filters the list while typing.
 */
export function CheckInPage(props: CheckInPageProps) {
  const { ctx, event, date, participants, search } = props;
  const m = ctx.t.eventOperations.checkIn;
  const title = m.pageTitle(event.title, dateLabel(date, ctx.locale, ctx.t));
  const base = `${datePath(event.id, date.id)}/einlass`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={operationsCrumbs(ctx, event, date, m.title)} pageScript="checkin.js">
      <SuccessNotice ctx={ctx} text={props.notice} />
      <ErrorSummary ctx={ctx} errors={props.problem ? [{ field: 'suche', message: props.problem }] : undefined} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <DateSubnav ctx={ctx} event={event} date={date} current="checkIn" />
      <p class="kern-body kern-body--large" id="checkin-counter">
        {m.counter(props.checkedIn, props.confirmed)}
      </p>
      <form method="get" action={base} class="dk-filter" role="search" data-checkin-search>
        <TextField name="suche" type="search" label={m.search} hint={m.searchHint} value={search} autocomplete="off" spellcheck={false} />
        <Button variant="secondary">{m.searchSubmit}</Button>
      </form>
      {search ? (
        <p class="kern-body">
          <a href={base}>{m.showAll}</a>
        </p>
      ) : null}
      <h2 class="kern-heading-large">{m.listHeading}</h2>
      <p
        class="kern-body"
        role="status"
        data-checkin-status
        data-one={m.filterStatus(1)}
        data-other={m.filterStatus('{n}')}
        data-none={search ? m.noneFound : m.none}
      >
        {participants.length === 0 ? (search ? m.noneFound : m.none) : m.filterStatus(participants.length)}
      </p>
      <ul class="kern-list" data-checkin-list>
        {participants.map((person) => (
          <Participant key={person.id} ctx={ctx} base={base} search={search} person={person} />
        ))}
      </ul>
    </Layout>
  );
}
