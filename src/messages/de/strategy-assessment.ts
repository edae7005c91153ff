/** The strategy workbench's assessment (src/features/strategy/assessment/). */
export const strategyAssessment = {
  title: '',
};
