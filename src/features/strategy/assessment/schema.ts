import { z } from 'zod';
import { formText, requiredText } from '../../../platform/http/form.ts';

/** The field of a question's answer in the workbench's form: "q-" and the question's id. */
export const ANSWER_FIELD = /^q-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One dimension's answers: a level's number per question, empty for "not answered". Whether
 * the question belongs to the dimension and the level to the question, save-answers checks.
 */
export const answersForm = z.record(z.string().regex(ANSWER_FIELD, { error: 'strategyAssessment.validation.unknownQuestion' }), z.string().trim().max(3));

/** A dimension as the editors write it. */
export const dimensionForm = z.strictObject({
  // e.g. "Ziele & Strukturen"; the address is made from it once
  name: requiredText(120, 'strategyAssessment.validation.nameRequired'),
  // what the dimension covers, shown above its questions
  description: formText(2_000).default(''),
  // tags of knowledge items, comma-separated, that help where the dimension is weak
  knowledgeTags: formText(500)
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag, i, all) => tag !== '' && all.indexOf(tag) === i),
    )
    .pipe(z.array(z.string().max(60, { error: 'strategyAssessment.validation.tagTooLong' })).max(20, { error: 'strategyAssessment.validation.tooManyTags' })),
});
export type DimensionInput = z.output<typeof dimensionForm>;

/** A question with its levels, lowest first, one per line. */
export const questionForm = z.strictObject({
  text: requiredText(500, 'strategyAssessment.validation.textRequired'),
  // what the question means and how to tell the levels apart
  help: formText(2_000).default(''),
  // 2 to 7 lines, each a level
  levels: formText(3_000)
    .default('')
    .transform((v) =>
      v
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(300, { error: 'strategyAssessment.validation.levelTooLong' }))
        .min(2, { error: 'strategyAssessment.validation.levelsCount' })
        .max(7, { error: 'strategyAssessment.validation.levelsCount' }),
    ),
});
export type QuestionInput = z.output<typeof questionForm>;

/** An id in an address; anything else is answered 404. */
export const idParam = z.uuid();
