import { z } from 'zod';
import { formText, manyOf, requiredText } from '../../../platform/http/form.ts';
import { isValidDay, isValidTime } from '../../../platform/time/berlin-time.ts';

/** The vision: where the municipality wants to be, in Markdown; the column allows 20,000 characters. */
export const visionForm = z.strictObject({
  vision: formText(20_000),
});

/** A goal of the strategy, added or edited. */
export const goalForm = z.strictObject({
  // e.g. "Alle Leistungen der Verwaltung auch online"
  title: requiredText(200, 'strategyPlan.validation.goalTitleRequired'),
  // what the goal means for the municipality and how one will know it is reached
  description: formText(2_000).default(''),
});
export type GoalInput = z.output<typeof goalForm>;

/** The fields of action the strategy covers; the route checks them against the platform's list. */
export const fieldsForm = z.strictObject({
  // slugs of the platform's fields of action
  fieldsOfAction: manyOf(z.string().max(80), 50),
});

/** Who takes part in the strategy and how. */
export const actorForm = z.strictObject({
  // e.g. "Gemeindevertretung", "Amt Süderbrarup – IT", "Jugendbeirat"
  name: requiredText(200, 'strategyPlan.validation.actorNameRequired'),
  // e.g. "beschließt die Strategie", "berät bei Maßnahmen"
  involvement: formText(2_000).default(''),
});
export type ActorInput = z.output<typeof actorForm>;

/**
 * A format of citizen participation. Date and time are Berlin wall clock, both or neither; a
 * date in the past is allowed, for what already took place.
 */
export const participationForm = z
  .strictObject({
    // e.g. "Bürgerwerkstatt", "Online-Umfrage"
    format: requiredText(200, 'strategyPlan.validation.formatRequired'),
    description: formText(2_000).default(''),
    // YYYY-MM-DD, empty when not fixed
    date: z
      .string()
      .trim()
      .max(10)
      .default('')
      .refine((v) => v === '' || isValidDay(v), { error: 'strategyPlan.validation.dateInvalid' }),
    // HH:MM, empty when not fixed
    time: z
      .string()
      .trim()
      .max(5)
      .default('')
      .refine((v) => v === '' || isValidTime(v), { error: 'strategyPlan.validation.timeInvalid' }),
  })
  .superRefine((v, ctx) => {
    if (v.date && !v.time) ctx.addIssue({ code: 'custom', path: ['time'], message: 'strategyPlan.validation.timeMissing' });
    if (v.time && !v.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'strategyPlan.validation.dateMissing' });
  });
export type ParticipationInput = z.output<typeof participationForm>;

/** A comment on one step of the workbench. */
export const commentForm = z.strictObject({
  body: requiredText(2_000, 'strategyPlan.validation.commentRequired'),
});

/** An id of a goal, actor, format or comment in an address; anything else is answered 404. */
export const idParam = z.uuid();

/** Forms that carry nothing but the platform's fields (a single button). */
export const emptyForm = z.strictObject({});
