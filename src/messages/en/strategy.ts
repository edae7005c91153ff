import type { strategy as de } from '../de/strategy.ts';

/** The words every part of the strategy workbench shares: its name, the steps and the states. */
export const strategy: typeof de = {
  nav: 'Digital strategy',
  stepsLabel: 'Steps of the strategy',
  steps: {
    assessment: 'Maturity',
    vision: 'Vision and goals',
    fields: 'Fields of action',
    measures: 'Measures',
    participation: 'Actors and participation',
    publish: 'Review and publish',
  },
  workbench: {
    title: (organisation: string) => `Digital strategy of ${organisation}`,
  },
  statuses: { draft: 'Draft', published: 'Published' },
  measureStatuses: {
    planned: 'Planned',
    on_track: 'On track',
    at_risk: 'At risk',
    delayed: 'Delayed',
    done: 'Done',
  },
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  fundingSources: { own: 'Own budget', grant: 'Grant', other: 'Other funding' },
};
