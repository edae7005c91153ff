import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { Button, Choices, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATION_TYPES } from '../../../organisations/service.ts';
import { EDITOR_PATH, editorSeriesPath } from '../../core/paths.ts';
import type { SeriesRow } from '../../core/repository.ts';
import { REGISTRATION_MODES } from '../../core/tables.ts';
import { SeriesEditorLayout, seriesAdminCrumbs } from '../../core/views/series-editor-layout.tsx';

/** A deadline as the two fields show it: the Berlin day and, unless it is 23:59, the time. */
export function deadlineValues(deadline: Date | null): { deadlineDay: string; deadlineTime: string } {
  if (!deadline) return { deadlineDay: '', deadlineTime: '' };
  const local = utcToBerlin(deadline);
  return { deadlineDay: local.date, deadlineTime: local.time === '23:59' ? '' : local.time };
}

/** A series' settings as the form shows them. */
export function seriesValues(series: SeriesRow): FormValues {
  return {
    title: series.title,
    summary: series.summary,
    aim: series.aim,
    audience: series.audience,
    startYear: String(series.startYear),
    endYear: String(series.endYear),
    partners: series.partners.join('\n'),
    registrationMode: series.registrationMode,
    seats: series.seats === null ? '' : String(series.seats),
    ...deadlineValues(series.registrationDeadline),
    requiredFunction: series.requiredFunction,
    organisationTypes: series.organisationTypes,
    consentText: series.consentText,
    retentionDays: String(series.retentionDays),
  };
}

/** What a new series' form starts with. */
function newSeriesValues(): FormValues {
  const year = String(Number(utcToBerlin(new Date()).date.slice(0, 4)) + 1);
  return { startYear: year, endYear: year, registrationMode: 'series', retentionDays: '365' };
}

function SeriesFields(props: { ctx: ViewContext; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, values, errors } = props;
  const f = ctx.t.seminarsEditor.fields;
  const optional = ctx.t.common.optional;
  const text = (name: string, label: string, extra: { hint?: string; width?: 'short'; optional?: boolean; inputMode?: 'numeric' } = {}) => (
    <TextField
      name={name}
      label={label}
      hint={extra.hint}
      width={extra.width}
      inputMode={extra.inputMode}
      optionalLabel={extra.optional ? optional : undefined}
      value={valueFor(values, name)}
      error={errorFor(errors, name)}
    />
  );
  const area = (name: string, label: string, hint?: string, rows?: number) => (
    <TextArea name={name} label={label} hint={hint} rows={rows} value={valueFor(values, name)} error={errorFor(errors, name)} />
  );
  return (
    <>
      {text('title', f.title)}
      {area('summary', f.summary, f.summaryHint, 3)}
      {area('aim', f.aim, f.aimHint, 8)}
      {text('audience', f.audience, { hint: f.audienceHint })}
      {text('startYear', f.startYear, { width: 'short', inputMode: 'numeric' })}
      {text('endYear', f.endYear, { width: 'short', inputMode: 'numeric' })}
      <TextArea
        name="partners"
        label={f.partners}
        hint={f.partnersHint}
        optionalLabel={optional}
        rows={4}
        value={valueFor(values, 'partners')}
        error={errorFor(errors, 'partners')}
      />
      <Choices
        type="radio"
        name="registrationMode"
        label={f.registrationMode}
        options={REGISTRATION_MODES.map((mode) => ({ value: mode, label: ctx.t.seminars.modes[mode] }))}
        selected={valuesOf(values, 'registrationMode')}
        error={errorFor(errors, 'registrationMode')}
      />
      <SeatsAndDeadline ctx={ctx} values={values} errors={errors} seatsHint={f.seriesSeatsHint} optional />
      {text('requiredFunction', f.requiredFunction, { hint: f.requiredFunctionHint, optional: true })}
      <Choices
        type="checkbox"
        name="organisationTypes"
        label={f.organisationTypes}
        hint={f.organisationTypesHint}
        optionalLabel={optional}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
        selected={valuesOf(values, 'organisationTypes')}
        error={errorFor(errors, 'organisationTypes')}
      />
      {area('consentText', f.consentText, f.consentTextHint, 4)}
      {text('retentionDays', f.retentionDays, { hint: f.retentionDaysHint, width: 'short', inputMode: 'numeric' })}
    </>
  );
}

export function NewSeriesPage(props: { ctx: ViewContext; submissionId: string; values?: FormValues | undefined; errors?: FieldError[] | undefined }) {
  const { ctx } = props;
  const m = ctx.t.seminarsEditor.create;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[...seriesAdminCrumbs(ctx), { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action={`${EDITOR_PATH}/neu`} submissionId={props.submissionId}>
        <SeriesFields ctx={ctx} values={props.values ?? newSeriesValues()} errors={props.errors} />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}

export function EditSeriesPage(props: { ctx: ViewContext; series: SeriesRow; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, series } = props;
  const m = ctx.t.seminarsEditor.settings;
  return (
    <SeriesEditorLayout ctx={ctx} series={series} title={m.title} section="settings" top={<ErrorSummary ctx={ctx} errors={props.errors} />}>
      <Form ctx={ctx} action={editorSeriesPath(series.id, 'bearbeiten')}>
        <SeriesFields ctx={ctx} values={props.values} errors={props.errors} />
        <Button>{m.submit}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}

/** Seats and the registration deadline: of the series (registration for the whole series) or of a module. */
export function SeatsAndDeadline(props: { ctx: ViewContext; values: FormValues; errors: FieldError[] | undefined; seatsHint: string; optional: boolean }) {
  const { ctx, values, errors } = props;
  const f = ctx.t.seminarsEditor.fields;
  const optionalLabel = props.optional ? ctx.t.common.optional : undefined;
  return (
    <>
      <TextField
        name="seats"
        label={f.seats}
        hint={props.seatsHint}
        width="short"
        inputMode="numeric"
        optionalLabel={optionalLabel}
        value={valueFor(values, 'seats')}
        error={errorFor(errors, 'seats')}
      />
      <TextField
        name="deadlineDay"
        type="date"
        label={f.deadlineDay}
        optionalLabel={optionalLabel}
        width="short"
        value={valueFor(values, 'deadlineDay')}
        error={errorFor(errors, 'deadlineDay')}
      />
      <TextField
        name="deadlineTime"
        type="time"
        label={f.deadlineTime}
        hint={f.deadlineTimeHint}
        optionalLabel={ctx.t.common.optional}
        width="short"
        value={valueFor(values, 'deadlineTime')}
        error={errorFor(errors, 'deadlineTime')}
      />
    </>
  );
}
