import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { itemPath } from '../../../knowledge/service.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { MEASURE_STATUSES } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { MeasureRow } from '../repository.ts';
import { progressPercent } from '../rules.ts';
import type { Recommendations } from '../service.ts';
import { measurePath } from './list-page.tsx';
import { StatusTag } from './status-tag.tsx';

/** A bar of how far an indicator has come, drawn on the server; the percentage beside it is the text alternative. */
function ProgressBar(props: { percent: number; label: string }) {
  const width = Math.max(0, Math.min(100, props.percent));
  return (
    <svg class="dk-progress-bar" width="160" height="16" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={props.label}>
      <rect x="0" y="0" width="100" height="10" fill="#e5e7eb" />
      <rect x="0" y="0" width={width} height="10" fill="#1f6f43" />
    </svg>
  );
}

/** The measures' dashboard: counts by status and field of action, indicators against their targets, recommendations. */
export function DashboardPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  measures: MeasureRow[];
  values: Map<string, string>;
  fields: FieldOfAction[];
  recommendations: Recommendations;
}) {
  const { ctx, workbench, measures } = props;
  const m = ctx.t.strategyMeasures.dashboard;
  const slug = workbench.organisation.slug;
  const fieldCounts = props.fields
    .map((f) => ({ label: fieldName(f, ctx.locale), n: measures.filter((x) => x.fieldsOfAction.includes(f.slug)).length }))
    .filter((r) => r.n > 0);
  const withoutField = measures.filter((x) => x.fieldsOfAction.length === 0).length;
  const indicators = measures.filter((x) => x.targetValue !== null);
  const decimal = (v: string) => v.replace('.', ',');
  const { weakest, items } = props.recommendations;
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      title={m.title}
      step="measures"
      parent={{ href: workbenchPath(slug, 'measures'), label: ctx.t.strategy.steps.measures }}
      wide
    >
      <Table
        caption={m.byStatus}
        head={[ctx.t.strategyMeasures.list.status, m.count]}
        numeric={[1]}
        rows={MEASURE_STATUSES.map((st) => [<StatusTag ctx={ctx} status={st} />, String(measures.filter((x) => x.status === st).length)])}
      />
      <Table
        caption={m.byField}
        head={[ctx.t.strategyMeasures.form.fieldsOfAction, m.count]}
        numeric={[1]}
        rows={[...fieldCounts.map((r) => [r.label, String(r.n)]), ...(withoutField > 0 ? [[m.noField, String(withoutField)]] : [])]}
      />
      <h2 class="kern-heading-medium">{m.indicators}</h2>
      {indicators.length === 0 ? (
        <p class="kern-body">{m.indicatorsEmpty}</p>
      ) : (
        <Table
          caption={m.indicators}
          captionHidden
          head={[ctx.t.strategyMeasures.list.title, ctx.t.strategyMeasures.form.indicator, m.latest, m.target, m.reached]}
          numeric={[2, 3]}
          rows={indicators.map((x) => {
            const latest = props.values.get(x.id);
            const percent =
              latest === undefined
                ? undefined
                : progressPercent(Number(latest), Number(x.targetValue), x.baselineValue === null ? undefined : Number(x.baselineValue));
            return [
              <a href={measurePath(slug, x.id)}>{x.title}</a>,
              x.indicator,
              latest === undefined ? m.noValue : `${decimal(latest)} ${x.unit}`.trim(),
              `${decimal(x.targetValue!)} ${x.unit}`.trim(),
              percent === undefined ? (
                ctx.t.strategyMeasures.list.none
              ) : (
                <span class="dk-progress">
                  <ProgressBar percent={percent} label={m.barLabel(x.title, percent)} /> <span aria-hidden="true">{`${percent} %`}</span>
                </span>
              ),
            ];
          })}
        />
      )}
      <h2 class="kern-heading-medium">{m.recommendations}</h2>
      {weakest.length === 0 ? (
        <p class="kern-body">{m.assessmentFirst}</p>
      ) : (
        <>
          <p class="kern-body">{m.recommendationsLead(weakest.map((w) => w.name).join(', '))}</p>
          {items.length === 0 ? (
            <p class="kern-body">{m.recommendationsNone}</p>
          ) : (
            <ul class="kern-list">
              {items.map((item) => (
                <li key={item.id}>
                  <a href={itemPath(item)}>{item.title}</a>
                  <p class="kern-body">{item.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </WorkbenchLayout>
  );
}
