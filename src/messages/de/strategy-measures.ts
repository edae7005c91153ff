/** The strategy workbench's measures (src/features/strategy/measures/). */
export const strategyMeasures = {
  title: '',
};
