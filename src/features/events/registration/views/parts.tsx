import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { CATALOGUE_PATH, eventPath } from '../../core/paths.ts';
import { placeLines } from '../../core/places.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { formatDateRange, formatDoorsOpen } from '../format.ts';
import type { RegistrationStatus } from '../../core/tables.ts';

/** Events › the event › Anmeldung */
export function registrationCrumbs(ctx: ViewContext, event: EventRow): Crumb[] {
  return [
    { href: CATALOGUE_PATH, label: ctx.t.events.nav },
    { href: eventPath(event.slug), label: event.title },
    { label: ctx.t.eventRegistration.breadcrumb },
  ];
}

/** The rows that say which date this is about: event, date and time, doors, place. */
export function dateRows(ctx: ViewContext, event: EventRow, date: EventDate): SummaryRow[] {
  const d = ctx.t.eventRegistration.details;
  const doors = formatDoorsOpen(ctx.locale, ctx.t, date);
  return [
    { key: d.event, value: event.title },
    { key: d.date, value: formatDateRange(ctx.locale, ctx.t, date) },
    ...(doors ? [{ key: d.doorsOpen, value: doors }] : []),
    {
      key: d.place,
      value: placeLines(date, ctx.t).map((line, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </span>
      )),
    },
  ];
}

export function DateSummary(props: { ctx: ViewContext; event: EventRow; date: EventDate }) {
  return <SummaryList ctx={props.ctx} rows={dateRows(props.ctx, props.event, props.date)} />;
}

const STATUS_COLOUR: Record<RegistrationStatus, 'green' | 'yellow' | 'blue' | 'grey'> = {
  confirmed: 'green',
  offered: 'blue',
  waiting: 'yellow',
  held: 'yellow',
  cancelled: 'grey',
};

export function StatusTag(props: { ctx: ViewContext; status: RegistrationStatus }) {
  return <Tag colour={STATUS_COLOUR[props.status]}>{props.ctx.t.eventRegistration.statuses[props.status]}</Tag>;
}

/** Editors write the consent text with blank lines between paragraphs. */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p class="kern-body" key={i}>
            {p}
          </p>
        ))}
    </>
  );
}
