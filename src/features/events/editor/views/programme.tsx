import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import { errorFor, fieldId, Select, TextArea, TextField, valueOf, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { dateWhere } from '../../core/format.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { ProgrammeEntry } from '../../core/programme.ts';
import { EditorEntryPage, EditorListPage, type EntryPageProps, type ListPageProps } from './ordered-list.tsx';
import { sectionPath } from './shared.tsx';

/** The form values of an item: the other speakers in the order of the dates. */
export function itemValues(entry: ProgrammeEntry, dates: EventDate[]): FormValues {
  return {
    time: entry.item.time,
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
  return (
    <>
      <TextField name="time" type="time" label={m.time} value={valueOf(v, 'time')} error={errorFor(errors, 'time')} width="short" />
      <TextField name="title" label={m.itemTitle} value={valueOf(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
      <TextField name="speaker" label={m.speaker} value={valueOf(v, 'speaker')} error={errorFor(errors, 'speaker')} maxLength={200} />
      <TextArea name="description" label={m.description} value={valueOf(v, 'description')} error={errorFor(errors, 'description')} rows={3} maxLength={2000} />
      <Select
        name="onlyDateId"
        label={m.onlyDate}
        value={valueOf(v, 'onlyDateId')}
        error={errorFor(errors, 'onlyDateId')}
        options={[{ value: '', label: m.allDates }, ...dates.map((d) => ({ value: d.id, label: m.onlyAtDate(where(d)) }))]}
      />
      {dates.length > 0 ? (
        <fieldset class="dk-fieldset dk-field" aria-describedby="abweichungen-hint">
          <legend class="dk-fieldset__legend">{m.variationsLegend}</legend>
          <div class="dk-hint" id="abweichungen-hint">
            {m.variationsHint}
          </div>
          {dates.map((d, i) => {
            const name = `variationSpeaker.${i}`;
            const id = fieldId(name);
            const error = errorFor(errors, name);
            // Values come back in the order of the dates they were sent with.
            const index = speakerDates.indexOf(d.id);
            return (
              <div class={`dk-field${error ? ' dk-field--error' : ''}`} key={d.id}>
                <input type="hidden" name="variationDate" value={d.id} />
                <label class="dk-label" for={id}>
                  {m.variationAt(where(d))}
                </label>
                {error ? (
                  <p class="dk-error-message" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
                <input
                  class="dk-input"
                  id={id}
                  name="variationSpeaker"
                  type="text"
                  maxLength={200}
                  value={index >= 0 ? (speakers[index] ?? '') : ''}
                  aria-describedby={error ? `${id}-error` : undefined}
                  aria-invalid={error ? 'true' : undefined}
                />
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </>
  );
}

/** The programme as its pages need it: the items and the dates they refer to. */
export interface ProgrammeList {
  dates: EventDate[];
  programme: ProgrammeEntry[];
}

export function ProgrammePage(props: ListPageProps<ProgrammeList>) {
  const { ctx, event } = props;
  const { dates, programme } = props.list;
  const m = ctx.t.events.editor.programme;
  const where = (d: EventDate) => dateWhere(d, dates, ctx.t, ctx.locale);
  const base = sectionPath(event.id, 'programme');
  return (
    <EditorListPage
      {...props}
      section="programme"
      m={m}
      empty={programme.length === 0}
      table={
        <Table
          caption={ctx.t.events.page.programme}
          captionHidden
          head={[m.columns.time, m.columns.item, m.columns.differences, m.columns.actions]}
          rows={programme.map(({ item, onlyDate, variations }) => [
            item.time,
            <>
              <strong>{item.title}</strong>
              {item.speaker ? (
                <>
                  <br />
                  {item.speaker}
                </>
              ) : null}
            </>,
            onlyDate || variations.length > 0 ? (
              <ul class="dk-list">
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
            <a href={`${base}/${item.id}`} aria-label={`${m.edit}: ${item.time} ${item.title}`}>
              {m.edit}
            </a>,
          ])}
        />
      }
      fields={<ItemFields ctx={ctx} dates={dates} values={props.values} errors={props.errors} />}
    />
  );
}

export function ProgrammeItemPage(props: EntryPageProps<ProgrammeList>) {
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
