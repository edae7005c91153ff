import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { formatClock, formatDay } from '../../../../platform/i18n/dates.ts';
import { CATALOGUE_PATH } from '../paths.ts';
import { seatsLeft } from '../rules.ts';
import { shortPlace } from '../places.ts';
import type { EventDate } from '../event-lookups.ts';

export function catalogueCrumb(ctx: ViewContext): Crumb {
  return { href: CATALOGUE_PATH, label: ctx.t.events.list.title };
}

/** "17:00–20:00 Uhr" in Berlin time. */
export function timeRange(ctx: ViewContext, date: Pick<EventDate, 'startsAt' | 'endsAt'>): string {
  return ctx.t.events.timeRange(formatClock(ctx.locale, date.startsAt), formatClock(ctx.locale, date.endsAt));
}

/** Free seats, or that the date is full and people join the waiting list. */
export function SeatsLeft(props: { ctx: ViewContext; date: EventDate }) {
  const { ctx, date } = props;
  const left = seatsLeft(date);
  return left > 0 ? ctx.t.events.seats.left(left, date.seats) : <Tag colour="yellow">{ctx.t.events.seats.full}</Tag>;
}

/** One line per date in a list: day, time, place, and what stands out (full, cancelled). */
export function DateLine(props: { ctx: ViewContext; date: EventDate }) {
  const { ctx, date } = props;
  return (
    <li>
      <strong>{formatDay(ctx.locale, date.startsAt)}</strong>, {timeRange(ctx, date)} · {shortPlace(date, ctx.t)}{' '}
      {date.cancelledAt ? (
        <Tag colour="red">{ctx.t.events.cancelledTag}</Tag>
      ) : seatsLeft(date) === 0 ? (
        <Tag colour="yellow">{ctx.t.events.seats.full}</Tag>
      ) : null}
    </li>
  );
}

export function FieldTags(props: { ctx: ViewContext; slugs: string[]; fields: FieldOfAction[]; label: string }) {
  const names = props.fields.filter((f) => props.slugs.includes(f.slug)).map((f) => fieldName(f, props.ctx.locale));
  if (names.length === 0) return null;
  return (
    <ul class="kern-list dk-list--inline" aria-label={props.label}>
      {names.map((n) => (
        <li key={n}>
          <Tag colour="grey">{n}</Tag>
        </li>
      ))}
    </ul>
  );
}

export function deadlineText(ctx: ViewContext, date: EventDate): string {
  return formatDateTime(ctx.locale, date.registrationDeadline);
}
