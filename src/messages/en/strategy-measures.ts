import type { strategyMeasures as de } from '../de/strategy-measures.ts';

/** The strategy workbench's measures (src/features/strategy/measures/). */
export const strategyMeasures: typeof de = {
  title: '',
};
