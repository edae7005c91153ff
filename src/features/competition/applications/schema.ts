import { z } from 'zod';
import { formText, requiredText } from '../../../platform/http/form.ts';
import { ATTACHMENT_KINDS, BUDGET_CATEGORIES } from '../core/application-tables.ts';
import type { FormSection } from '../core/form-repository.ts';
import { euroField } from '../core/schema.ts';

const E = 'competitionApplications.errors';

/** The form field a question's answer is sent in. */
export const answerField = (questionId: string) => `q-${questionId}`;

/** "Bewerbung starten" on the call page: for which of the person's organisations. */
export const startForm = z.strictObject({
  organisationId: z.uuid({ error: `${E}.organisation` }),
});

/** The first task: the project's name and short description; either may stay empty while it is a draft. */
export const projectForm = z.strictObject({
  title: formText(200),
  summary: formText(1000),
});

/**
 * A section's answers, one field per question. Their rules (required, length, choices) are
 * the call's and are checked by the command; here only that the form is the section's.
 */
export function sectionForm(section: FormSection) {
  return z.strictObject(Object.fromEntries(section.questions.map((q) => [answerField(q.id), z.string().max(100_000).optional()])));
}

/** A cost item of the budget plan. */
export const budgetItemForm = z
  .strictObject({
    // the kind of cost, as funding guidelines name them
    category: z.enum(BUDGET_CATEGORIES, { error: 'choice' }),
    // a calendar year; the command checks it lies in the funding period
    year: z
      .string()
      .regex(/^\d{4}$/, { error: `${E}.yearOutside` })
      .transform(Number),
    // what the money is for
    description: requiredText(300, `${E}.descriptionRequired`),
    // in euros as people in Germany type them; whole cents
    amount: euroField(`${E}.amountRequired`),
  })
  .transform(({ amount, ...item }) => ({ ...item, amountCents: amount }));

/** An organisation invited to apply together, with its part in the project. */
export const partnerForm = z.strictObject({
  organisationId: z.uuid({ error: `${E}.organisation` }),
  part: requiredText(500, `${E}.partRequired`),
});

/** The text fields of the attachment upload; the file itself is read by the upload. */
export const attachmentForm = z.strictObject({
  kind: z.enum(ATTACHMENT_KINDS, { error: 'choice' }),
});

/** The declaration on the check page, without which nothing is submitted. */
export const submitForm = z.strictObject({
  declaration: z.literal('1', { error: `${E}.declaration` }),
});

/** The invited organisation's answer; only the two buttons send it. */
export const invitationAnswerForm = z.strictObject({
  answer: z.enum(['confirmed', 'declined']),
});

/** The applicant's answer to the editors' question. */
export const replyForm = z.strictObject({
  reply: requiredText(5000, `${E}.replyRequired`),
});

/** The editors' formal check; a query and a refusal must say something to the applicant. */
export const screeningForm = z
  .strictObject({
    outcome: z.enum(['eligible', 'queried', 'ineligible'], { error: 'choice' }),
    note: formText(5000),
  })
  .refine((v) => v.outcome === 'eligible' || v.note !== '', { path: ['note'], error: `${E}.noteRequired` });
