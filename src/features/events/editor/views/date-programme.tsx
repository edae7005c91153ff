import { Fragment } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatClock, formatDay } from '../../../../platform/i18n/dates.ts';
import { SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, fieldId, Form, TextField, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { editorEventPath } from '../../core/paths.ts';
import { dateWhere, formatPlace } from '../../core/places.ts';
import { startAt, type DateProgrammeItem } from '../../core/programme.ts';
import { programmeWindow } from '../../core/rules.ts';
import { EventEditorLayout, sectionPath } from './shared.tsx';

/** The page of one date's programme times. */
export function dateProgrammePath(eventId: string, dateId: string): string {
  return `${editorEventPath(eventId)}/termine/${dateId}/programm`;
}

/** The times form's values: each item of the date at its time there, in the order of that day. */
export function dateTimesValues(programme: DateProgrammeItem[]): FormValues {
  return {
    itemId: programme.map((p) => p.item.id),
    time: programme.map((p) => utcToBerlin(p.at).time),
  };
}

function TimeFields(props: { ctx: ViewContext; date: EventDate; programme: DateProgrammeItem[]; values: FormValues; errors: FieldError[] | undefined }) {
  const { ctx, date, errors } = props;
  const m = ctx.t.events.editor.programme;
  const ids = valuesOf(props.values, 'itemId');
  const times = valuesOf(props.values, 'time');
  return (
    <>
      {props.programme.map((p, i) => {
        // What the person typed comes back in the order of the items it was sent with, and
        // the errors name that order; an item added since then comes after those.
        const index = ids.indexOf(p.item.id);
        const name = `time.${index >= 0 ? index : ids.length + i}`;
        const error = errorFor(errors, name);
        const usual = formatClock(ctx.locale, startAt(date, p.item.offsetMinutes));
        return (
          <Fragment key={p.item.id}>
            <input type="hidden" name="itemId" value={p.item.id} />
            <TextField
              name={name}
              submitAs="time"
              type="time"
              width="short"
              label={p.item.title}
              hint={`${m.usualTime(usual)}${p.speaker ? ` · ${p.speaker}` : ''}`}
              error={error}
              value={index >= 0 ? (times[index] ?? '') : ''}
            />
          </Fragment>
        );
      })}
    </>
  );
}

export function DateProgrammePage(props: {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  /** every date of the event, to name this one among them */
  dates: EventDate[];
  /** this date's programme as stored */
  programme: DateProgrammeItem[];
  /** the times form, prefilled with the stored or the moved times, or as sent */
  values: FormValues;
  /** the minutes in the move form */
  shift?: string | undefined;
  /** set when the form shows the times moved by these minutes, not yet saved */
  preview?: number | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, event, date, errors } = props;
  const m = ctx.t.events.editor.programme;
  const where = dateWhere(date, props.dates, ctx.t, ctx.locale);
  const path = dateProgrammePath(event.id, date.id);
  const clock = (d: Date) => formatClock(ctx.locale, d);
  const window = programmeWindow(date);
  const dateForm = `${editorEventPath(event.id)}/termine/${date.id}/bearbeiten`;
  const page = ctx.t.events.page;
  const rows: SummaryRow[] = [
    { key: ctx.t.events.editor.date.day, value: formatDay(ctx.locale, date.startsAt) },
    { key: page.place, value: formatPlace(date, ctx.t) },
    ...(date.doorsOpenAt ? [{ key: page.doorsOpen, value: ctx.t.events.clock(clock(date.doorsOpenAt)), changeHref: dateForm }] : []),
    { key: page.start, value: ctx.t.events.clock(clock(date.startsAt)), changeHref: dateForm },
    { key: page.end, value: ctx.t.events.clock(clock(date.endsAt)), changeHref: dateForm },
  ];
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={m.dateTitle(where)}
      parent={{ href: sectionPath(event.id, 'programme'), label: ctx.t.events.editor.subnav.programme }}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <SummaryList ctx={ctx} rows={rows} />
      <p class="kern-body">{m.dateLead}</p>

      <h2 class="kern-heading-large">{m.shiftTitle}</h2>
      {/* Moving only fills in the times below and shows them; nothing is stored until they are saved. */}
      <form method="get" action={`${path}#zeiten`} novalidate>
        <TextField
          name="verschieben"
          label={m.shiftMinutes}
          hint={m.shiftHint(clock(window.from), clock(window.to))}
          value={props.shift ?? ''}
          error={errorFor(errors, 'verschieben')}
          width="short"
          maxLength={4}
        />
        <Button variant="secondary">{m.shiftSubmit}</Button>
      </form>

      <h2 class="kern-heading-large" id="zeiten">
        {m.timesTitle}
      </h2>
      {props.preview !== undefined ? <p class="dk-inset-text">{m.shiftPreview(props.preview)}</p> : null}
      <p class="kern-body">{m.timesHint}</p>
      {props.programme.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        // the error summary links here when the date as a whole cannot be changed
        <div id={fieldId('form')}>
          <Form ctx={ctx} action={path}>
            <TimeFields ctx={ctx} date={date} programme={props.programme} values={props.values} errors={errors} />
            <Button>{m.timesSubmit}</Button>
          </Form>
        </div>
      )}
    </EventEditorLayout>
  );
}
