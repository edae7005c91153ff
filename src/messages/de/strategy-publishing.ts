/** The strategy workbench's publishing (src/features/strategy/publishing/). */
export const strategyPublishing = {
  title: '',
};
