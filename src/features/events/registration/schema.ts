import { z } from 'zod';
import { emailField, optionalText, requiredText, type FormValues } from '../../../platform/http/form.ts';
import type { QuestionKind } from '../core/tables.ts';

/** Stored keys; the catalogue (eventRegistration.fields.salutations) has the words. */
export const SALUTATIONS = ['frau', 'herr'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

/** Stored keys of the "Funktion" choice; the catalogue (eventRegistration.fields.roles) has the words. */
export const REGISTRATION_ROLES = ['kommune', 'politik', 'wirtschaft', 'wissenschaft', 'zivilgesellschaft', 'sonstiges'] as const;
export type RegistrationRole = (typeof REGISTRATION_ROLES)[number];

/** An event's own question as the form needs it (a row of event_questions). */
export interface QuestionDefinition {
  id: string;
  label: string;
  hint: string;
  kind: QuestionKind;
  options: string[];
  required: boolean;
}

/**
 * An answer in event_registrations.answers, keyed by question id: text and choice are the
 * text, multi the chosen options, yesno a boolean. Unanswered optional questions are absent.
 */
export type QuestionAnswer = string | string[] | boolean;

/** Everything a person entered; travels in the form token until it is confirmed. */
export interface RegistrationAnswers {
  salutation: Salutation | null;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  role: RegistrationRole;
  answers: Record<string, QuestionAnswer>;
  accessibilityNeeds: string | null;
  worldCafeQuestionId: string | null;
}

export const TEXT_ANSWER_MAX = 500;
const YES = 'yes';
const NO = 'no';

/** The form field of an event's own question. */
export function questionField(questionId: string): string {
  return `q-${questionId}`;
}

function oneOf(options: readonly string[], message: string) {
  return z.string({ error: message }).refine((v) => options.includes(v), { message });
}

function blankToUndefined(value: unknown): unknown {
  return value === '' ? undefined : value;
}

function answerSchema(q: QuestionDefinition) {
  const choose = 'eventRegistration.errors.choiceRequired';
  switch (q.kind) {
    case 'text':
      return q.required ? requiredText(TEXT_ANSWER_MAX) : optionalText(TEXT_ANSWER_MAX);
    case 'choice': {
      const one = oneOf(q.options, choose);
      return z.preprocess(blankToUndefined, q.required ? one : one.optional());
    }
    case 'yesno': {
      const yesNo = oneOf([YES, NO], choose);
      return z.preprocess(blankToUndefined, q.required ? yesNo : yesNo.optional()).transform((v) => (v === undefined ? undefined : v === YES));
    }
    case 'multi':
      return z
        .union([z.string(), z.array(z.string())])
        .optional()
        .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
        .pipe(z.array(oneOf(q.options, 'choice')))
        .refine((v) => !q.required || v.length > 0, { message: choose });
  }
}

/**
 * The registration form of one event: the common fields, the event's own questions and,
 * where the event has them, the World Café question. Built per event so that every answer
 * is checked on the server against the question's definition (kind, options, required).
 */
export function registrationForm(questions: readonly QuestionDefinition[], worldCafeQuestionIds: readonly string[]) {
  const own = Object.fromEntries(questions.map((q) => [questionField(q.id), answerSchema(q)]));
  return z
    .strictObject({
      // Frau / Herr, or nothing
      salutation: z.preprocess(blankToUndefined, z.enum(SALUTATIONS, { error: 'choice' }).optional()),
      // given name as it should appear on the name badge
      firstName: requiredText(100),
      // family name
      lastName: requiredText(100),
      // receives the receipt and the link to view or cancel; lower-cased
      email: emailField(),
      // municipality, company, university …
      organisation: requiredText(200),
      // one of REGISTRATION_ROLES
      role: z.enum(REGISTRATION_ROLES, { error: 'eventRegistration.errors.roleRequired' }),
      // free text, e.g. a wheelchair space or sign-language interpreting
      accessibilityNeeds: optionalText(TEXT_ANSWER_MAX),
      // consent to the event's consent text as shown; its version travels in the form token
      consent: z.union([z.literal('1'), z.literal('on')], { error: 'eventRegistration.errors.consentRequired' }).transform(() => true as const),
      // the World Café question, only where the event has them
      ...(worldCafeQuestionIds.length > 0 ? { worldCafeQuestionId: oneOf(worldCafeQuestionIds, 'eventRegistration.errors.worldCafeRequired') } : {}),
      // the event's own questions, one field each: q-<question id>
      ...own,
    })
    .transform((data): RegistrationAnswers => {
      const record = data as Record<string, unknown>;
      const answers: Record<string, QuestionAnswer> = {};
      for (const q of questions) {
        const value = record[questionField(q.id)] as QuestionAnswer | undefined;
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        answers[q.id] = value;
      }
      return {
        salutation: data.salutation ?? null,
        firstName: data.firstName,
        lastName: data.lastName,
        email: data.email,
        organisation: data.organisation,
        role: data.role,
        answers,
        accessibilityNeeds: data.accessibilityNeeds ?? null,
        worldCafeQuestionId: typeof record.worldCafeQuestionId === 'string' ? record.worldCafeQuestionId : null,
      };
    });
}

/** The form's values for answers already given: to show the form again ("Ändern"). */
export function answersToValues(a: RegistrationAnswers, questions: readonly QuestionDefinition[], hasWorldCafe: boolean): FormValues {
  const values: FormValues = {
    salutation: a.salutation ?? '',
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email,
    organisation: a.organisation,
    role: a.role,
    accessibilityNeeds: a.accessibilityNeeds ?? '',
    consent: '1',
  };
  if (hasWorldCafe && a.worldCafeQuestionId) values.worldCafeQuestionId = a.worldCafeQuestionId;
  for (const q of questions) {
    const answer = a.answers[q.id];
    if (answer === undefined) continue;
    values[questionField(q.id)] = typeof answer === 'boolean' ? (answer ? YES : NO) : answer;
  }
  return values;
}

export const YES_NO = { yes: YES, no: NO } as const;

/** The confirm button's form: only the sealed token. */
export const confirmForm = z.strictObject({
  // the sealed answers from the check page
  token: z.string({ error: 'required' }).min(1).max(16_000),
});

/** Forms of the view page and the offer page: the link secret travels in the body. */
export const manageForm = z.strictObject({
  // the secret of the view/cancel link
  token: z.string({ error: 'required' }).min(1).max(200),
});
