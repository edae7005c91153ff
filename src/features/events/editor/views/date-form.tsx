import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { formatDay } from '../../../../platform/i18n/dates.ts';
import { editorEventPath } from '../../core/paths.ts';
import { formatPlace } from '../../core/places.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventDateRow, EventRow } from '../../core/event-repository.ts';
import { timeRange } from '../../core/views/event-parts.tsx';
import { EventEditorLayout } from './shared.tsx';

/** The form values of an existing date, in Berlin time. */
export function dateValues(date: EventDateRow): FormValues {
  const start = utcToBerlin(date.startsAt);
  const deadline = utcToBerlin(date.registrationDeadline);
  return {
    format: date.online ? 'online' : 'praesenz',
    placeName: date.placeName ?? '',
    street: date.street ?? '',
    postcode: date.postcode ?? '',
    town: date.town ?? '',
    streamUrl: date.streamUrl ?? '',
    day: start.date,
    startTime: start.time,
    endTime: utcToBerlin(date.endsAt).time,
    doorsTime: date.doorsOpenAt ? utcToBerlin(date.doorsOpenAt).time : '',
    deadlineDay: deadline.date,
    deadlineTime: deadline.time === '23:59' ? '' : deadline.time,
    seats: String(date.seats),
    note: date.note,
    notify: '1',
  };
}

/** A new date starts with the clock times and seats of the event's latest date, if any. */
export function newDateValues(latest: EventDateRow | undefined): FormValues {
  if (!latest) return { format: 'praesenz' };
  const v = dateValues(latest);
  return { format: v.format ?? 'praesenz', startTime: v.startTime ?? '', endTime: v.endTime ?? '', doorsTime: v.doorsTime ?? '', seats: v.seats ?? '' };
}

function Fieldset(props: { legend: string; hint?: string; id: string; children: ComponentChildren }) {
  return (
    <fieldset class="kern-fieldset dk-field" aria-describedby={props.hint ? `${props.id}-hint` : undefined}>
      <legend class="kern-label kern-heading-medium">{props.legend}</legend>
      {props.hint ? (
        <div class="kern-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.children}
    </fieldset>
  );
}

/** Where and when a date takes place, its deadline and seats: the editors' date form and a municipality's proposal. */
export function DateFields(props: { ctx: ViewContext; values: FormValues; errors: FieldError[] | undefined }) {
  const { ctx, errors, values: v } = props;
  const m = ctx.t.events.editor.date;
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={label} value={valueFor(v, name)} error={errorFor(errors, name)} {...extra} />
  );
  return (
    <>
      <Choices
        type="radio"
        inline
        name="format"
        label={m.format}
        error={errorFor(errors, 'format')}
        options={[
          { value: 'praesenz', label: ctx.t.events.formats.praesenz },
          { value: 'online', label: ctx.t.events.formats.online },
        ]}
        selected={valuesOf(v, 'format')}
      />
      <Fieldset legend={m.placeLegend} hint={m.placeHint} id="ort">
        {field('placeName', m.placeName, { hint: m.placeNameHint, maxLength: 200 })}
        {field('street', m.street, { maxLength: 200, autocomplete: 'off' })}
        {field('postcode', m.postcode, { width: 'short', maxLength: 5, autocomplete: 'off' })}
        {field('town', m.town, { maxLength: 100, autocomplete: 'off' })}
      </Fieldset>
      <Fieldset legend={m.onlineLegend} id="online">
        {field('streamUrl', m.streamUrl, { type: 'url', hint: m.streamUrlHint, maxLength: 500 })}
      </Fieldset>
      <Fieldset legend={m.timeLegend} hint={m.timeHint} id="zeit">
        {field('day', m.day, { type: 'date', width: 'short' })}
        {field('startTime', m.startTime, { type: 'time', width: 'short', hint: m.startTimeHint })}
        {field('endTime', m.endTime, { type: 'time', width: 'short' })}
        {field('doorsTime', m.doorsTime, { type: 'time', width: 'short' })}
      </Fieldset>
      <Fieldset legend={m.deadlineLegend} id="frist">
        {field('deadlineDay', m.deadlineDay, { type: 'date', width: 'short' })}
        {field('deadlineTime', m.deadlineTime, { type: 'time', width: 'short', hint: m.deadlineTimeHint })}
      </Fieldset>
      {field('seats', m.seats, { hint: m.seatsHint, width: 'short', maxLength: 6 })}
      <TextArea name="note" label={m.note} value={valueFor(v, 'note')} error={errorFor(errors, 'note')} rows={3} maxLength={1000} />
    </>
  );
}

export function DateFormPage(props: {
  ctx: ViewContext;
  event: EventRow;
  /** the date being edited; undefined for a new one */
  date?: EventDate | undefined;
  /** people registered for the date being edited */
  registered?: number;
  submissionId?: string;
  values: FormValues;
  errors?: FieldError[];
}) {
  const { ctx, event, date, errors, values: v } = props;
  const m = ctx.t.events.editor.date;
  const action = date ? `${editorEventPath(event.id)}/termine/${date.id}/bearbeiten` : `${editorEventPath(event.id)}/termine/neu`;
  return (
    <EventEditorLayout ctx={ctx} event={event} title={date ? m.editTitle : m.newTitle} top={<ErrorSummary ctx={ctx} errors={errors} />}>
      {date ? (
        <p class="kern-body kern-body--large">
          {formatDay(ctx.locale, date.startsAt)}, {timeRange(ctx, date)} – {formatPlace(date, ctx.t)}
        </p>
      ) : null}
      {/* the error summary links here when the date as a whole cannot be changed */}
      <div id="f-form">
        <Form ctx={ctx} action={action} submissionId={props.submissionId}>
          <DateFields ctx={ctx} values={v} errors={errors} />
          {date ? (
            <>
              <p class="kern-body">{m.registered(props.registered ?? 0)}</p>
              <Choices type="checkbox" name="notify" label={m.notifyLegend} options={[{ value: '1', label: m.notify }]} selected={valuesOf(v, 'notify')} />
            </>
          ) : null}
          <Button>{date ? ctx.t.common.save : m.add}</Button>
        </Form>
      </div>
    </EventEditorLayout>
  );
}

export function CancelDatePage(props: { ctx: ViewContext; event: EventRow; date: EventDate; recipients: number; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, event, date, errors } = props;
  const m = ctx.t.events.editor.cancel;
  return (
    <EventEditorLayout ctx={ctx} event={event} title={m.title} top={<ErrorSummary ctx={ctx} errors={errors} />}>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: ctx.t.events.page.dates, value: `${formatDay(ctx.locale, date.startsAt)}, ${timeRange(ctx, date)}` },
          { key: ctx.t.events.page.place, value: formatPlace(date, ctx.t) },
        ]}
      />
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <strong>{m.recipients(props.recipients)}</strong>
      </p>
      <Form ctx={ctx} action={`${editorEventPath(event.id)}/termine/${date.id}/absagen`}>
        <TextArea
          name="reason"
          label={m.reason}
          hint={m.reasonHint}
          value={valueFor(props.values, 'reason')}
          error={errorFor(errors, 'reason')}
          rows={4}
          maxLength={2000}
        />
        <Button variant="warning">{m.submit}</Button>
      </Form>
    </EventEditorLayout>
  );
}
