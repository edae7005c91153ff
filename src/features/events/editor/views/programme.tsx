import { Fragment } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatCalendarDay, formatClock } from '../../../../platform/i18n/dates.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import { errorFor, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { dateWhere, shortPlace } from '../../core/places.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import { editorEventPath } from '../../core/paths.ts';
import { clockOf, referenceDate, type ProgrammeEntry } from '../../core/programme.ts';
import type { ProgrammeList } from '../editor-service.ts';
import { dateProgrammePath } from './date-programme.tsx';
import { EditorEntryPage, EditorListPage, type EventEntryPageProps, type EventListPageProps } from './ordered-list.tsx';
import { sectionPath } from './shared.tsx';

/** The form values of an item: its usual time, the other speakers in the order of the dates. */
export function itemValues(entry: ProgrammeEntry, dates: EventDate[]): FormValues {
  const reference = referenceDate(dates, entry.item.onlyDateId);
  return {
    time: reference ? clockOf(reference, entry.item.offsetMinutes) : '',
    title: entry.item.title,
    speaker: entry.item.speaker,
    description: entry.item.description,
    onlyDateId: entry.item.onlyDateId ?? '',
    variationDate: dates.map((d) => d.id),
    variationSpeaker: dates.map((d) => entry.variations.find((v) => v.date.id === d.id)?.speaker ?? ''),
  };
}

function ItemFields(props: { ctx: ViewContext; dates: EventDate[]; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, dates, values: v, errors } = props;
  const m = ctx.t.events.editor.programme;
  const where = (d: EventDate) => dateWhere(d, dates, ctx.t, ctx.locale);
  const speakers = valuesOf(v, 'variationSpeaker');
  const speakerDates = valuesOf(v, 'variationDate');
  const reference = referenceDate(dates, valueFor(v, 'onlyDateId') || null);
  return (
    <>
      <TextField
        name="time"
        type="time"
        label={m.time}
        hint={reference ? m.timeHint(formatClock(ctx.locale, reference.startsAt)) : undefined}
        value={valueFor(v, 'time')}
        error={errorFor(errors, 'time')}
        width="short"
      />
      <TextField name="title" label={m.itemTitle} value={valueFor(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
      <TextField name="speaker" label={m.speaker} value={valueFor(v, 'speaker')} error={errorFor(errors, 'speaker')} maxLength={200} />
      <TextArea name="description" label={m.description} value={valueFor(v, 'description')} error={errorFor(errors, 'description')} rows={3} maxLength={2000} />
      <Select
        name="onlyDateId"
        label={m.onlyDate}
        value={valueFor(v, 'onlyDateId')}
        error={errorFor(errors, 'onlyDateId')}
        options={[{ value: '', label: m.allDates }, ...dates.map((d) => ({ value: d.id, label: m.onlyAtDate(where(d)) }))]}
      />
      {dates.length > 0 ? (
        <fieldset class="kern-fieldset dk-field" aria-describedby="abweichungen-hint">
          <legend class="kern-label">{m.variationsLegend}</legend>
          <div class="kern-hint" id="abweichungen-hint">
            {m.variationsHint}
          </div>
          {dates.map((d, i) => {
            const name = `variationSpeaker.${i}`;
            const error = errorFor(errors, name);
            // Values come back in the order of the dates they were sent with.
            const index = speakerDates.indexOf(d.id);
            return (
              <Fragment key={d.id}>
                <input type="hidden" name="variationDate" value={d.id} />
                <TextField
                  name={name}
                  submitAs="variationSpeaker"
                  label={m.variationAt(where(d))}
                  error={error}
                  maxLength={200}
                  value={index >= 0 ? (speakers[index] ?? '') : ''}
                />
              </Fragment>
            );
          })}
        </fieldset>
      ) : null}
    </>
  );
}

/** One date's time for an item in the table: the clock time, marked when the date has its own. */
function TimeCell(props: { ctx: ViewContext; entry: ProgrammeEntry; date: EventDate }) {
  const { ctx } = props;
  const m = ctx.t.events.editor.programme;
  const time = props.entry.times.find((t) => t.date.id === props.date.id);
  if (!time) {
    return (
      <>
        <span aria-hidden="true">{ctx.t.common.none}</span>
        <span class="kern-sr-only">{m.notAtDate}</span>
      </>
    );
  }
  return (
    <>
      {formatClock(ctx.locale, time.at)}
      {time.own ? (
        <>
          {' '}
          <Tag colour="grey">{m.ownTime}</Tag>
        </>
      ) : null}
    </>
  );
}

export function ProgrammePage(props: EventListPageProps<ProgrammeList>) {
  const { ctx, owner: event } = props;
  const { dates, programme } = props.list;
  const m = ctx.t.events.editor.programme;
  const where = (d: EventDate) => dateWhere(d, dates, ctx.t, ctx.locale);
  const base = sectionPath(event.id, 'programme');
  // A cancelled date's programme no longer matters; its times are neither shown nor changed.
  const shown = dates.filter((d) => !d.cancelledAt);
  return (
    <EditorListPage
      {...props}
      section="programme"
      m={m}
      empty={programme.length === 0}
      table={
        <>
          <Table
            caption={m.tableCaption}
            captionHidden
            head={[
              m.columns.item,
              ...shown.map((d) => (
                <>
                  {shortPlace(d, ctx.t)}
                  <br />
                  <span class="kern-body--muted">{formatCalendarDay(ctx.locale, utcToBerlin(d.startsAt).date, 'short')}</span>
                </>
              )),
              m.columns.differences,
              m.columns.actions,
            ]}
            rows={programme.map((entry) => {
              const { item, onlyDate, variations } = entry;
              return [
                <>
                  <strong>{item.title}</strong>
                  {item.speaker ? (
                    <>
                      <br />
                      {item.speaker}
                    </>
                  ) : null}
                </>,
                ...shown.map((d) => <TimeCell ctx={ctx} entry={entry} date={d} />),
                onlyDate || variations.length > 0 ? (
                  <ul class="kern-list">
                    {onlyDate ? (
                      <li>
                        <Tag colour="blue">{m.onlyAtDate(where(onlyDate))}</Tag>
                      </li>
                    ) : null}
                    {variations.map((v) => (
                      <li key={v.date.id}>{ctx.t.events.page.otherSpeaker(where(v.date), v.speaker)}</li>
                    ))}
                  </ul>
                ) : (
                  ctx.t.common.none
                ),
                <a href={`${base}/${item.id}`} aria-label={`${m.edit}: ${item.title}`}>
                  {m.edit}
                </a>,
              ];
            })}
          />
          {shown.length > 0 ? (
            <>
              <h2 class="kern-heading-large">{m.datesTitle}</h2>
              <p class="kern-body">{m.datesLead}</p>
              <ul class="kern-list">
                {shown.map((d) => (
                  <li key={d.id}>
                    <a href={dateProgrammePath(event.id, d.id)}>{m.editDateTimes(where(d))}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      }
      fields={<ItemFields ctx={ctx} dates={dates} values={props.values} errors={props.errors} />}
      addUnavailable={
        dates.length === 0 ? (
          <p class="dk-inset-text">
            {m.noDates} <a href={`${editorEventPath(event.id)}/termine/neu`}>{ctx.t.events.editor.overview.addDate}</a>
          </p>
        ) : undefined
      }
    />
  );
}

export function ProgrammeItemPage(props: EventEntryPageProps<ProgrammeList>) {
  const { ctx, errors } = props;
  return (
    <EditorEntryPage
      {...props}
      section="programme"
      m={ctx.t.events.editor.programme}
      fields={<ItemFields ctx={ctx} dates={props.list.dates} values={props.values} errors={errors} />}
    />
  );
}
