import { z } from 'zod';
import { checkbox, formText, requiredText } from '../../../platform/http/form.ts';
import { QUESTION_KINDS, type QuestionKind } from '../core/form-tables.ts';

/** The longest limit an editor may set on an answer (the table allows no more). */
export const MAX_ANSWER_LENGTH = 20_000;
/** The longest option of a choice. */
const MAX_OPTION_LENGTH = 200;

/** A section of the call's application form. */
export const sectionForm = z.strictObject({
  // the section's heading in the applicant's task list, e.g. "Ausgangslage und Ziele"
  title: requiredText(200, 'competition.form.validation.sectionTitleRequired'),
  // what the section is about and what the jury looks for, shown above its questions
  intro: formText(3000),
});
export type SectionInput = z.output<typeof sectionForm>;

/** The options of a choice as typed into the textarea: one per line, blank lines and repeats left out. */
export function optionLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/** "", "2000" → null, 2000; anything but a whole number from 1 to 20000 → undefined. */
function maxLengthOf(text: string): number | null | undefined {
  if (text === '') return null;
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_ANSWER_LENGTH ? n : undefined;
}

const TEXT_KINDS: ReadonlySet<QuestionKind> = new Set(['text', 'longText']);

/** A question of a section. */
export const questionForm = z
  .strictObject({
    // one line, a longer text, one of the options, or yes/no
    kind: z.enum(QUESTION_KINDS, { error: 'competition.form.validation.kindRequired' }),
    // the question as applicants read it
    label: requiredText(300, 'competition.form.validation.labelRequired'),
    // below the question: what a good answer contains
    help: formText(1000),
    // the application cannot be submitted while the question is unanswered
    required: checkbox(),
    // characters an answer may have, for text answers; empty: the kind's own limit
    maxLength: formText(20),
    // the choices of a 'choice' question, one per line; empty for every other kind
    options: formText(5000),
  })
  // Runs also when a field failed (zod goes on after a field's issue), so it reads only what parsed.
  .superRefine((v, ctx) => {
    const kind: QuestionKind | undefined = (QUESTION_KINDS as readonly unknown[]).includes(v.kind) ? v.kind : undefined;
    const maxLength = typeof v.maxLength === 'string' ? maxLengthOf(v.maxLength) : null;
    if (maxLength === undefined) ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'competition.form.validation.maxLength' });
    else if (maxLength !== null && kind !== undefined && !TEXT_KINDS.has(kind)) {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'competition.form.validation.maxLengthTextOnly' });
    }
    const options = typeof v.options === 'string' ? optionLines(v.options) : [];
    if (kind === 'choice' && options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'competition.form.validation.optionsNeeded' });
    else if (kind !== undefined && kind !== 'choice' && options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'competition.form.validation.optionsNotAllowed' });
    } else if (options.some((o) => o.length > MAX_OPTION_LENGTH)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'competition.form.validation.optionTooLong' });
    }
  })
  .transform((v) => ({
    kind: v.kind,
    label: v.label,
    help: v.help,
    required: v.required,
    maxLength: maxLengthOf(v.maxLength) ?? null,
    options: optionLines(v.options),
  }));
export type QuestionInput = z.output<typeof questionForm>;

/** An evaluation criterion of the call. */
export const criterionForm = z.strictObject({
  // what the jury scores, e.g. "Beitrag zur Daseinsvorsorge"
  title: requiredText(200, 'competition.form.validation.criterionTitleRequired'),
  // what the jury looks for under it
  description: formText(2000),
  // how much it counts in the total, a whole number from 1 to 100
  weight: z
    .string({ error: 'competition.form.validation.weightRequired' })
    .trim()
    .min(1, { error: 'competition.form.validation.weightRequired' })
    .regex(/^\d{1,3}$/, { error: 'competition.form.validation.weight' })
    .transform(Number)
    .pipe(z.number().min(1, { error: 'competition.form.validation.weight' }).max(100, { error: 'competition.form.validation.weight' })),
});
export type CriterionInput = z.output<typeof criterionForm>;
