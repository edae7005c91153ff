import { z } from 'zod';
import { checkbox, formText, type FormValues } from '../../../platform/http/form.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

const uuid = z.string().refine(isUuid, { error: 'invalid' });
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const FUNCTION_STATEMENT_MAX = 200;
export const COMMENT_MAX = 5000;

/**
 * The registration form, and the same fields carried through the check page. Whether the
 * organisation is required and the function is eligible are the series' rules, checked by the
 * route after the form is valid.
 */
export const registrationForm = z.strictObject({
  // module mode: the module registered for (also in the address, ?modul=)
  moduleId: z.preprocess(blankToUndefined, uuid.optional()),
  // one of the person's active memberships; required by the route where the series needs it
  organisationId: z.preprocess(blankToUndefined, uuid.optional()),
  // "Ich bin …" the series' required function
  confirmsFunction: checkbox(),
  // the person's own words for the function, e.g. "Bürgermeisterin der Verbandsgemeinde …"
  functionStatement: formText(FUNCTION_STATEMENT_MAX)
    .optional()
    .transform((v) => v ?? ''),
  // consent to the series' consent text as shown
  consent: z.union([z.literal('1'), z.literal('on')], { error: 'seminarsRegistration.errors.consentRequired' }).transform(() => true as const),
});
export type RegistrationInput = z.output<typeof registrationForm>;

/** The values of a valid form as fields again: hidden on the check page, in the change links' query. */
export function registrationValues(input: RegistrationInput): FormValues {
  return {
    ...(input.moduleId ? { moduleId: input.moduleId } : {}),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    ...(input.confirmsFunction ? { confirmsFunction: '1' } : {}),
    functionStatement: input.functionStatement,
    consent: '1',
  };
}

/** The form shown again from a change link of the check page: only known fields, kept as strings. */
export const changeQuery = z.object({
  modul: z.string().optional(),
  organisationId: z.string().max(36).optional(),
  confirmsFunction: z.string().max(2).optional(),
  functionStatement: z.string().max(FUNCTION_STATEMENT_MAX).optional(),
  consent: z.string().max(2).optional(),
});

/** The module a form was about, read before the form itself is checked (to show it again). */
export function postedModuleId(body: unknown): string | undefined {
  const parsed = z.object({ moduleId: z.string() }).safeParse(body);
  return parsed.success && parsed.data.moduleId !== '' ? parsed.data.moduleId : undefined;
}

/** Cancelling: in module mode the module whose registration ends. */
export const cancelForm = z.strictObject({
  // module mode: the module; series mode: absent
  moduleId: z.preprocess(blankToUndefined, uuid.optional()),
  // sent by the cancel button; a request without it was not made with the button and cancels nothing
  cancel: z.literal('1'),
});

export const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** Feedback on a pilot module. */
export const feedbackForm = z.strictObject({
  // 1 (not helpful at all) to 5 (very helpful)
  rating: z.enum(RATINGS, { error: 'seminarsRegistration.feedback.ratingRequired' }).transform(Number),
  // free text for the editors, may be empty
  comment: formText(COMMENT_MAX),
});
export type FeedbackInput = z.output<typeof feedbackForm>;
