import type { StrategyProgress } from '../core/progress-repository.ts';
import type { StrategyStep } from '../core/tables.ts';

export type StepState = 'notStarted' | 'started' | 'complete';

/**
 * Where each step of the workbench stands, from the counts of readProgress:
 * - assessment: complete when every active question is answered, started with the first answer
 * - vision: complete with a vision and at least one goal, started with either
 * - fields: complete with at least one field of action (a choice has no half-way state)
 * - measures: complete with at least one measure (their progress is the dashboard's business)
 * - participation: complete with at least one actor and one participation format, started with either
 * - publish: complete when the strategy is published, started while comments wait to be resolved
 */
export function stepState(step: StrategyStep, p: StrategyProgress): StepState {
  const state = (complete: boolean, started: boolean): StepState => (complete ? 'complete' : started ? 'started' : 'notStarted');
  switch (step) {
    case 'assessment':
      return state(p.questions > 0 && p.answers >= p.questions, p.answers > 0);
    case 'vision':
      return state(p.hasVision && p.goals > 0, p.hasVision || p.goals > 0);
    case 'fields':
      return state(p.fields > 0, false);
    case 'measures':
      return state(p.measures > 0, false);
    case 'participation':
      return state(p.actors > 0 && p.participation > 0, p.actors > 0 || p.participation > 0);
    case 'publish':
      return state(p.published, p.openComments > 0);
  }
}
