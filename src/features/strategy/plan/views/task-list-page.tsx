import type { ViewContext } from '../../../../platform/views/context.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { TaskList } from '../../../../platform/views/components/task-list.tsx';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import type { StrategyStep } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { StepState } from '../step-state.ts';

const COLOURS = { notStarted: 'blue', started: 'yellow', complete: 'green' } as const;

/** The workbench's start: the six steps with their states; members read it with a hint who edits. */
export function TaskListPage(props: { ctx: ViewContext; workbench: Workbench; steps: { step: StrategyStep; state: StepState }[] }) {
  const { ctx, workbench } = props;
  const m = ctx.t.strategyPlan.tasks;
  return (
    <WorkbenchLayout ctx={ctx} workbench={workbench} title={ctx.t.strategy.workbench.title(workbench.organisation.name)}>
      {canEditStrategy(workbench.access) ? null : <p class="kern-body">{m.readOnly}</p>}
      <TaskList
        groups={[
          {
            title: m.groupTitle,
            tasks: props.steps.map(({ step, state }) => ({
              id: step,
              title: ctx.t.strategy.steps[step],
              href: workbenchPath(workbench.organisation.slug, step),
              hint: m.hints[step],
              status: <Tag colour={COLOURS[state]}>{m.states[state]}</Tag>,
            })),
          },
        ]}
      />
    </WorkbenchLayout>
  );
}
