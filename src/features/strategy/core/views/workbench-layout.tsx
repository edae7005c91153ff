import type { ComponentChildren } from 'preact';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { STRATEGY_PATH, workbenchPath } from '../paths.ts';
import type { Workbench } from '../require-strategy.ts';
import { STRATEGY_STEPS, type StrategyStep } from '../tables.ts';

/** The workbench's crumbs up to the organisation's task list. */
export function workbenchCrumbs(ctx: ViewContext, workbench: Workbench): Crumb[] {
  return [
    { href: STRATEGY_PATH, label: ctx.t.strategy.nav },
    { href: workbenchPath(workbench.organisation.slug), label: ctx.t.strategy.workbench.title(workbench.organisation.name) },
  ];
}

function StepNav(props: { ctx: ViewContext; workbench: Workbench; current: StrategyStep | undefined }) {
  const m = props.ctx.t.strategy;
  return (
    <nav class="dk-subnav" aria-label={m.stepsLabel}>
      <ul class="dk-subnav__list">
        {STRATEGY_STEPS.map((step, i) => (
          <li key={step}>
            <a class="dk-subnav__link" href={workbenchPath(props.workbench.organisation.slug, step)} aria-current={step === props.current ? 'page' : undefined}>
              {`${i + 1}. ${m.steps[step]}`}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every page of the workbench: crumbs to the organisation's task list, the
 * organisation's name above the page's heading, a confirmation after a redirect, and the steps.
 */
export function WorkbenchLayout(props: {
  ctx: ViewContext;
  workbench: Workbench;
  title: string;
  /** the step this page belongs to; undefined for the task list */
  step?: StrategyStep | undefined;
  /** a crumb between the task list and this page, e.g. the measures above one measure */
  parent?: Crumb | undefined;
  notice?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, workbench, step } = props;
  // the task list stands below the list of strategies; a step below the organisation's task list
  const crumbs: Crumb[] =
    step === undefined
      ? [{ href: STRATEGY_PATH, label: ctx.t.strategy.nav }, { label: props.title }]
      : [...workbenchCrumbs(ctx, workbench), ...(props.parent ? [props.parent] : []), { label: props.title }];
  return (
    <Layout ctx={ctx} title={`${props.title}: ${workbench.organisation.name}`} breadcrumbs={crumbs} wide={props.wide}>
      {props.top}
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{workbench.organisation.name}</p>
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {step ? <StepNav ctx={ctx} workbench={workbench} current={step} /> : null}
      {props.children}
    </Layout>
  );
}
