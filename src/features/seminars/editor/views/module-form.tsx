import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, errorFor, Form, Select, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { STRATEGY_STEPS } from '../../../strategy/plan/homework-service.ts';
import { editorModulePath, editorSeriesPath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import { deadlineValues, SeatsAndDeadline } from './series-form.tsx';

export function moduleValues(module: ModuleRow): FormValues {
  return {
    title: module.title,
    description: module.description,
    programme: module.programme,
    homeworkStep: module.homeworkStep ?? '',
    homework: module.homework,
    isPilot: module.isPilot ? '1' : '',
    materialsPublic: module.materialsPublic ? '1' : '',
    seats: module.seats === null ? '' : String(module.seats),
    ...deadlineValues(module.registrationDeadline),
  };
}

function ModuleFields(props: { ctx: ViewContext; series: SeriesRow; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, values, errors } = props;
  const f = ctx.t.seminarsEditor.fields;
  const optional = ctx.t.common.optional;
  const perModule = props.series.registrationMode === 'module';
  const flags = [...(valueFor(values, 'isPilot') ? ['isPilot'] : []), ...(valueFor(values, 'materialsPublic') ? ['materialsPublic'] : [])];
  return (
    <>
      <TextField name="title" label={f.moduleTitle} value={valueFor(values, 'title')} error={errorFor(errors, 'title')} />
      <TextArea
        name="description"
        label={f.description}
        hint={f.descriptionHint}
        optionalLabel={optional}
        rows={6}
        value={valueFor(values, 'description')}
        error={errorFor(errors, 'description')}
      />
      <TextArea
        name="programme"
        label={f.programme}
        hint={f.programmeHint}
        optionalLabel={optional}
        rows={6}
        value={valueFor(values, 'programme')}
        error={errorFor(errors, 'programme')}
      />
      <Select
        name="homeworkStep"
        label={f.homeworkStep}
        value={valueFor(values, 'homeworkStep')}
        placeholder={f.homeworkNone}
        options={STRATEGY_STEPS.map((step) => ({ value: step, label: ctx.t.strategy.steps[step] }))}
        error={errorFor(errors, 'homeworkStep')}
      />
      <TextArea
        name="homework"
        label={f.homework}
        hint={f.homeworkHint}
        optionalLabel={optional}
        rows={4}
        value={valueFor(values, 'homework')}
        error={errorFor(errors, 'homework')}
      />
      <Choices
        type="checkbox"
        name="isPilot"
        label={ctx.t.seminars.pilot}
        options={[{ value: '1', label: f.isPilot }]}
        selected={flags.includes('isPilot') ? ['1'] : []}
      />
      <Choices
        type="checkbox"
        name="materialsPublic"
        label={ctx.t.seminarsEditor.overview.materials}
        options={[{ value: '1', label: f.materialsPublic }]}
        selected={flags.includes('materialsPublic') ? ['1'] : []}
      />
      {perModule ? <SeatsAndDeadline ctx={ctx} values={values} errors={errors} seatsHint={f.moduleSeatsHint} optional={false} /> : null}
    </>
  );
}

export function NewModulePage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, series } = props;
  const m = ctx.t.seminarsEditor.module;
  return (
    <SeriesEditorLayout ctx={ctx} series={series} title={m.newTitle} top={<ErrorSummary ctx={ctx} errors={props.errors} />}>
      <Form ctx={ctx} action={editorSeriesPath(series.id, 'module/neu')} submissionId={props.submissionId}>
        <ModuleFields ctx={ctx} series={series} values={props.values ?? {}} errors={props.errors} />
        <Button>{m.add}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}

export function EditModulePage(props: { ctx: ViewContext; series: SeriesRow; module: ModuleRow; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, series, module } = props;
  const m = ctx.t.seminarsEditor.module;
  const o = ctx.t.seminarsEditor.overview;
  return (
    <SeriesEditorLayout ctx={ctx} series={series} title={module.title} top={<ErrorSummary ctx={ctx} errors={props.errors} />}>
      <ul class="kern-list">
        <li>
          <a href={editorModulePath(series.id, module.id, 'termine')}>{o.sessions}</a>
        </li>
        <li>
          <a href={editorModulePath(series.id, module.id, 'materialien')}>{o.materials}</a>
        </li>
      </ul>
      <Form ctx={ctx} action={editorModulePath(series.id, module.id)}>
        <ModuleFields ctx={ctx} series={series} values={props.values} errors={props.errors} />
        <Button>{m.save}</Button>
      </Form>
      <h2 class="kern-heading-medium" id="f-remove">
        {m.remove}
      </h2>
      <p class="kern-body">{m.removeLead}</p>
      <Form ctx={ctx} action={editorModulePath(series.id, module.id, 'entfernen')}>
        <Button variant="warning">{m.remove}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}
