import type { strategyPlan as de } from '../de/strategy-plan.ts';

/** The strategy workbench's plan (src/features/strategy/plan/). */
export const strategyPlan: typeof de = {
  title: '',
};
