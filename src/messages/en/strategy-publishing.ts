import type { strategyPublishing as de } from '../de/strategy-publishing.ts';

/** The strategy workbench's publishing (src/features/strategy/publishing/). */
export const strategyPublishing: typeof de = {
  title: '',
};
