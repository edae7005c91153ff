import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Choices, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { itemPath } from '../../../knowledge/service.ts';
import { solutionPath } from '../../../solutions/service.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { MEASURE_STATUSES } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { FactSheet } from '../service.ts';
import { measurePath } from './list-page.tsx';
import { StatusTag, timeframe } from './status-tag.tsx';

const decimal = (v: string | null) => (v === null ? '' : v.replace('.', ','));

/** A measure's fact sheet with its history of progress reports; managers report progress and edit it here. */
export function FactSheetPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  sheet: FactSheet;
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, workbench, sheet } = props;
  const { measure, choices } = sheet;
  const m = ctx.t.strategyMeasures.sheet;
  const f = ctx.t.strategyMeasures.form;
  const s = ctx.t.strategy;
  const slug = workbench.organisation.slug;
  const editable = canEditStrategy(workbench.access);
  const project = choices.projects.find((p) => p.id === measure.fundedProjectId);
  const solutions = choices.solutions.filter((sol) => sheet.links.solutionIds.includes(sol.id));
  const knowledge = choices.knowledge.filter((k) => sheet.links.knowledgeIds.includes(k.id));
  const fields = choices.fields.filter((fa) => measure.fieldsOfAction.includes(fa.slug));
  const withUnit = (v: string | null) => (v === null ? undefined : `${decimal(v)} ${measure.unit}`.trim());
  const rows = [
    { key: f.status, value: <StatusTag ctx={ctx} status={measure.status} /> },
    { key: f.goal, value: measure.goal },
    { key: f.citizenBenefit, value: measure.citizenBenefit },
    { key: f.leadUnit, value: measure.leadUnit },
    { key: f.partners, value: measure.partners },
    { key: f.fundingSource, value: s.fundingSources[measure.fundingSource] },
    { key: m.project, value: project ? project.href ? <a href={project.href}>{project.title}</a> : project.title : undefined },
    { key: f.fundingNote, value: measure.fundingNote },
    { key: f.priority, value: s.priorities[measure.priority] },
    { key: ctx.t.strategyMeasures.list.timeframe, value: timeframe(ctx, measure.startsOn, measure.endsOn) },
    { key: f.indicator, value: measure.indicator },
    { key: m.baseline, value: withUnit(measure.baselineValue) },
    { key: m.target, value: withUnit(measure.targetValue) },
    { key: f.fieldsOfAction, value: fields.map((fa) => fieldName(fa, ctx.locale)).join(', ') },
    {
      key: m.solutions,
      value: solutions.length ? (
        <ul class="kern-list">
          {solutions.map((sol) => (
            <li key={sol.id}>
              <a href={solutionPath(sol.slug)}>{sol.title}</a>
            </li>
          ))}
        </ul>
      ) : undefined,
    },
    {
      key: m.knowledge,
      value: knowledge.length ? (
        <ul class="kern-list">
          {knowledge.map((k) => (
            <li key={k.id}>
              <a href={itemPath(k)}>{k.title}</a>
            </li>
          ))}
        </ul>
      ) : undefined,
    },
  ].filter((r) => r.value !== undefined && r.value !== '');
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      title={measure.title}
      step="measures"
      parent={{ href: workbenchPath(slug, 'measures'), label: s.steps.measures }}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <h2 class="kern-heading-medium">{m.facts}</h2>
      <SummaryList ctx={ctx} rows={rows} />
      {editable ? (
        <div class="dk-actions">
          <ButtonLink href={measurePath(slug, measure.id, 'bearbeiten')} variant="secondary">
            {m.edit}
          </ButtonLink>
        </div>
      ) : null}
      <h2 class="kern-heading-medium">{m.progress}</h2>
      {editable ? (
        <Form ctx={ctx} action={measurePath(slug, measure.id, 'fortschritt')} submissionId={props.submissionId}>
          <Choices
            name="status"
            type="radio"
            label={m.reportStatus}
            error={errorFor(props.errors, 'status')}
            selected={[valueFor(props.values, 'status') || measure.status]}
            options={MEASURE_STATUSES.map((st) => ({ value: st, label: s.measureStatuses[st] }))}
          />
          <TextField
            name="value"
            label={measure.unit ? `${m.reportValue} (${measure.unit})` : m.reportValue}
            hint={f.valueHint}
            optionalLabel={f.optional}
            value={valueFor(props.values, 'value')}
            error={errorFor(props.errors, 'value')}
            inputMode="decimal"
            maxLength={20}
            width="short"
          />
          <TextArea
            name="note"
            label={m.reportNote}
            optionalLabel={f.optional}
            rows={3}
            value={valueFor(props.values, 'note')}
            error={errorFor(props.errors, 'note')}
            maxLength={1_000}
          />
          <Button>{m.send}</Button>
        </Form>
      ) : null}
      <h3 class="kern-heading-small">{m.history}</h3>
      {sheet.updates.length === 0 ? (
        <p class="kern-body">{m.noUpdates}</p>
      ) : (
        <ol class="kern-list dk-history">
          {sheet.updates.map((u) => (
            <li key={u.id}>
              <time dateTime={u.createdAt.toISOString()}>{formatDateTime(ctx.locale, u.createdAt)}</time> <StatusTag ctx={ctx} status={u.status} />
              {u.value !== null ? <span class="kern-body"> {m.value(withUnit(u.value)!)}</span> : null}
              {u.note ? <p class="kern-body">{u.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <Form ctx={ctx} action={measurePath(slug, measure.id, 'loeschen')}>
          <p class="kern-body">{m.deleteHint}</p>
          <Button variant="warning">{m.delete}</Button>
        </Form>
      ) : null}
    </WorkbenchLayout>
  );
}
