import { Table } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { MeasureRow } from '../repository.ts';
import { StatusTag, timeframe } from './status-tag.tsx';

export const measurePath = (slug: string, id: string, rest?: string) => workbenchPath(slug, 'measures', rest ? `${id}/${rest}` : id);

/** Step "Maßnahmen": the measures with their traffic light, priority, timeframe and lead. */
export function MeasureListPage(props: { ctx: ViewContext; workbench: Workbench; measures: MeasureRow[]; notice?: string | undefined }) {
  const { ctx, workbench } = props;
  const m = ctx.t.strategyMeasures.list;
  const slug = workbench.organisation.slug;
  return (
    <WorkbenchLayout ctx={ctx} workbench={workbench} title={ctx.t.strategy.steps.measures} step="measures" notice={props.notice} wide>
      <p class="kern-body">{m.lead}</p>
      <div class="dk-actions">
        {canEditStrategy(workbench.access) ? <ButtonLink href={workbenchPath(slug, 'measures', 'neu')}>{m.create}</ButtonLink> : null}
        <ButtonLink href={workbenchPath(slug, 'measures', 'uebersicht')} variant="secondary">
          {m.dashboard}
        </ButtonLink>
      </div>
      {props.measures.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.caption}
          head={[m.title, m.status, m.priority, m.timeframe, m.leadUnit]}
          rows={props.measures.map((measure) => [
            <a href={measurePath(slug, measure.id)}>{measure.title}</a>,
            <StatusTag ctx={ctx} status={measure.status} />,
            ctx.t.strategy.priorities[measure.priority],
            timeframe(ctx, measure.startsOn, measure.endsOn),
            measure.leadUnit || m.none,
          ])}
        />
      )}
    </WorkbenchLayout>
  );
}
