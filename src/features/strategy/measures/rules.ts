import type { FieldError } from '../../../platform/http/form.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import type { MeasureChoices } from './service.ts';
import type { MeasureInput } from './schema.ts';

/**
 * What the form's schema cannot know: the organisation's funded projects, the fields of action,
 * the dates against each other and against today. A solution or knowledge item that the form
 * never offered is no mistake a person can make: `unknownLink` says so and the route answers 400.
 */
export function measureErrors(
  input: MeasureInput,
  choices: MeasureChoices,
  options: { today: string; isNew: boolean; t: Messages },
): { errors: FieldError[]; unknownLink: boolean } {
  const v = options.t.strategyMeasures.validation;
  const errors: FieldError[] = [];
  if (input.fundingSource === 'grant') {
    if (!input.fundedProjectId) errors.push({ field: 'fundedProjectId', message: v.projectRequired });
    else if (!choices.projects.some((p) => p.id === input.fundedProjectId)) errors.push({ field: 'fundedProjectId', message: v.projectUnknown });
  }
  const fields = new Set(choices.fields.map((f) => f.slug));
  if (input.fieldsOfAction.some((f) => !fields.has(f))) errors.push({ field: 'fieldsOfAction', message: v.fieldUnknown });
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) errors.push({ field: 'endsOn', message: v.endBeforeStart });
  // a new measure plans ahead; an existing one may keep a target date that has passed meanwhile
  else if (options.isNew && input.endsOn && input.endsOn < options.today && input.status !== 'done') errors.push({ field: 'endsOn', message: v.endInPast });
  const solutions = new Set(choices.solutions.map((s) => s.id));
  const knowledge = new Set(choices.knowledge.map((k) => k.id));
  const unknownLink = input.solutionIds.some((id) => !solutions.has(id)) || input.knowledgeIds.some((id) => !knowledge.has(id));
  return { errors, unknownLink };
}

/** The funded project a measure keeps: only with a grant. */
export function projectOf(input: MeasureInput): string | null {
  return input.fundingSource === 'grant' && input.fundedProjectId ? input.fundedProjectId : null;
}

/**
 * How far an indicator has come towards its target, in percent: from the baseline where there
 * is one, else from zero; undefined where it cannot be said (no target, target equal to the start).
 */
export function progressPercent(value: number, target: number, baseline: number | undefined): number | undefined {
  const start = baseline ?? 0;
  if (target === start) return undefined;
  return Math.round(((value - start) / (target - start)) * 100);
}
