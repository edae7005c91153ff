/** The strategy workbench's plan (src/features/strategy/plan/). */
export const strategyPlan = {
  title: '',
};
