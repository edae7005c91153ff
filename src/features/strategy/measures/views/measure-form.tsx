import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Button, Choices, ErrorSummary, Form, Select, TextArea, TextField, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { FUNDING_SOURCES, MEASURE_STATUSES, PRIORITIES } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { MeasureRow } from '../repository.ts';
import type { MeasureChoices } from '../service.ts';
import { measurePath } from './list-page.tsx';

/** The form's fields as a measure has them, to edit it. */
export function measureValues(m: MeasureRow, links: { solutionIds: string[]; knowledgeIds: string[] }): FormValues {
  const num = (v: string | null) => (v === null ? '' : v.replace('.', ','));
  return {
    title: m.title,
    goal: m.goal,
    citizenBenefit: m.citizenBenefit,
    leadUnit: m.leadUnit,
    partners: m.partners,
    fundingSource: m.fundingSource,
    fundedProjectId: m.fundedProjectId ?? '',
    fundingNote: m.fundingNote,
    priority: m.priority,
    startsOn: m.startsOn ?? '',
    endsOn: m.endsOn ?? '',
    indicator: m.indicator,
    baselineValue: num(m.baselineValue),
    targetValue: num(m.targetValue),
    unit: m.unit,
    status: m.status,
    fieldsOfAction: m.fieldsOfAction,
    solutionIds: links.solutionIds,
    knowledgeIds: links.knowledgeIds,
  };
}

function MeasureFields(props: { ctx: ViewContext; choices: MeasureChoices; values: FormValues; errors: FieldError[] | undefined }) {
  const { ctx, choices, values, errors } = props;
  const m = ctx.t.strategyMeasures.form;
  const s = ctx.t.strategy;
  const text = (name: string, label: string, extra: { hint?: string; max: number; optional?: boolean; area?: boolean }) =>
    extra.area ? (
      <TextArea
        name={name}
        label={label}
        hint={extra.hint}
        optionalLabel={extra.optional ? m.optional : undefined}
        rows={4}
        value={valueFor(values, name)}
        error={errorFor(errors, name)}
        maxLength={extra.max}
      />
    ) : (
      <TextField
        name={name}
        label={label}
        hint={extra.hint}
        optionalLabel={extra.optional ? m.optional : undefined}
        value={valueFor(values, name)}
        error={errorFor(errors, name)}
        maxLength={extra.max}
      />
    );
  const number = (name: string, label: string) => (
    <TextField
      name={name}
      label={label}
      hint={m.valueHint}
      optionalLabel={m.optional}
      value={valueFor(values, name)}
      error={errorFor(errors, name)}
      maxLength={20}
      inputMode="decimal"
      width="short"
    />
  );
  const date = (name: string, label: string) => (
    <TextField name={name} type="date" label={label} optionalLabel={m.optional} value={valueFor(values, name)} error={errorFor(errors, name)} width="short" />
  );
  return (
    <>
      {text('title', m.title, { max: 200 })}
      {text('goal', m.goal, { hint: m.goalHint, max: 5_000, optional: true, area: true })}
      {text('citizenBenefit', m.citizenBenefit, { max: 5_000, optional: true, area: true })}
      {text('leadUnit', m.leadUnit, { hint: m.leadUnitHint, max: 200, optional: true })}
      {text('partners', m.partners, { max: 1_000, optional: true, area: true })}
      <Choices
        name="fundingSource"
        type="radio"
        label={m.fundingSource}
        error={errorFor(errors, 'fundingSource')}
        selected={[valueFor(values, 'fundingSource')]}
        options={FUNDING_SOURCES.map((f) => ({ value: f, label: s.fundingSources[f] }))}
      />
      <Select
        name="fundedProjectId"
        label={m.fundedProjectId}
        hint={choices.projects.length > 0 ? m.fundedProjectHint : m.noProjects}
        optionalLabel={m.optional}
        value={valueFor(values, 'fundedProjectId')}
        error={errorFor(errors, 'fundedProjectId')}
        placeholder={m.noProject}
        options={choices.projects.map((p) => ({ value: p.id, label: p.title }))}
      />
      {text('fundingNote', m.fundingNote, { max: 1_000, optional: true, area: true })}
      <Choices
        name="priority"
        type="radio"
        inline
        label={m.priority}
        error={errorFor(errors, 'priority')}
        selected={[valueFor(values, 'priority')]}
        options={PRIORITIES.map((p) => ({ value: p, label: s.priorities[p] }))}
      />
      {date('startsOn', m.startsOn)}
      {date('endsOn', m.endsOn)}
      {text('indicator', m.indicator, { hint: m.indicatorHint, max: 300, optional: true })}
      {number('baselineValue', m.baselineValue)}
      {number('targetValue', m.targetValue)}
      {text('unit', m.unit, { max: 50, optional: true })}
      <Choices
        name="status"
        type="radio"
        label={m.status}
        error={errorFor(errors, 'status')}
        selected={[valueFor(values, 'status')]}
        options={MEASURE_STATUSES.map((st) => ({ value: st, label: s.measureStatuses[st] }))}
      />
      {choices.fields.length > 0 ? (
        <Choices
          name="fieldsOfAction"
          type="checkbox"
          label={m.fieldsOfAction}
          optionalLabel={m.optional}
          error={errorFor(errors, 'fieldsOfAction')}
          selected={valuesOf(values, 'fieldsOfAction')}
          options={choices.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
      ) : null}
      {choices.solutions.length > 0 ? (
        <Choices
          name="solutionIds"
          type="checkbox"
          label={m.solutionIds}
          hint={m.solutionHint}
          optionalLabel={m.optional}
          selected={valuesOf(values, 'solutionIds')}
          options={choices.solutions.map((sol) => ({ value: sol.id, label: sol.title }))}
        />
      ) : null}
      {choices.knowledge.length > 0 ? (
        <Choices
          name="knowledgeIds"
          type="checkbox"
          label={m.knowledgeIds}
          optionalLabel={m.optional}
          selected={valuesOf(values, 'knowledgeIds')}
          options={choices.knowledge.map((k) => ({ value: k.id, label: k.title }))}
        />
      ) : null}
    </>
  );
}

/** Adding a measure, or editing one (`measure` given); `fromSolution` names the solution it was started from. */
export function MeasureFormPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  choices: MeasureChoices;
  values: FormValues;
  errors?: FieldError[] | undefined;
  submissionId?: string | undefined;
  measure?: MeasureRow | undefined;
  fromSolution?: string | undefined;
}) {
  const { ctx, workbench, measure } = props;
  const m = ctx.t.strategyMeasures.form;
  const slug = workbench.organisation.slug;
  const title = measure ? m.editTitle(measure.title) : m.createTitle;
  const back = measure ? measurePath(slug, measure.id) : workbenchPath(slug, 'measures');
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      title={title}
      step="measures"
      parent={{ href: workbenchPath(slug, 'measures'), label: ctx.t.strategy.steps.measures }}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      {props.fromSolution ? <p class="kern-body">{m.fromSolution(props.fromSolution)}</p> : null}
      <Form ctx={ctx} action={measure ? measurePath(slug, measure.id) : workbenchPath(slug, 'measures', 'neu')} submissionId={props.submissionId}>
        <MeasureFields ctx={ctx} choices={props.choices} values={props.values} errors={props.errors} />
        <div class="dk-actions">
          <Button>{measure ? m.save : m.create}</Button>
          <a href={back}>{m.cancel}</a>
        </div>
      </Form>
    </WorkbenchLayout>
  );
}
