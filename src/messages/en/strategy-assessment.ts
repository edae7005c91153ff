import type { strategyAssessment as de } from '../de/strategy-assessment.ts';

/** The strategy workbench's assessment (src/features/strategy/assessment/). */
export const strategyAssessment: typeof de = {
  title: '',
};
