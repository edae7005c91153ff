import { z } from 'zod';
import { formText } from '../../platform/http/form.ts';
import type { ReviewInput } from './save-review.ts';
import { RECOMMENDATIONS, type Recommendation } from './tables.ts';

const E = 'review.errors';

/** The longest comment on a criterion and on the whole review, in characters. */
export const CRITERION_COMMENT_MAX = 2000;
export const REVIEW_COMMENT_MAX = 5000;
export const CONFLICT_NOTE_MAX = 2000;

/** The score choices, as the radios send them. */
export const SCORE_VALUES = ['0', '1', '2', '3', '4', '5'] as const;

/** The form field of a criterion's score and of its comment. */
export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const commentField = (criterionId: string) => `comment-${criterionId}`;

/** A radio group that may be left unchosen (then the browser sends nothing). */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.enum(values, { error }).optional());

const optionalComment = (max: number) =>
  formText(max)
    .optional()
    .transform((v) => v ?? '');

export interface ReviewFormData {
  input: ReviewInput;
  /** the button pressed: submit, or keep as a draft */
  submit: boolean;
}

/**
 * The review form of these criteria: per criterion a score from 0 to 5 and a comment, the
 * recommendation, a comment on the whole, and the button pressed. A draft may leave anything
 * open; to submit, every score and the recommendation are needed (saveReview checks it again).
 */
export function reviewForm(criteria: readonly { id: string }[]) {
  const fields: Record<string, z.ZodType<string | undefined, string | undefined>> = {};
  for (const c of criteria) {
    // a whole number of points from 0 to 5
    fields[scoreField(c.id)] = optionalChoice(SCORE_VALUES, `${E}.score`);
    // what the juror wants to say about this criterion
    fields[commentField(c.id)] = optionalComment(CRITERION_COMMENT_MAX);
  }
  return z
    .strictObject({
      ...fields,
      // the overall verdict: fund / perhaps / do not fund
      recommendation: optionalChoice(RECOMMENDATIONS, `${E}.recommendation`),
      // the review as a whole
      comment: optionalComment(REVIEW_COMMENT_MAX),
      // which button: keep as a draft, or submit for good
      action: z.enum(['save', 'submit'], { error: 'choice' }),
    })
    .superRefine((value, ctx) => {
      if (value.action !== 'submit') return;
      const v = value as Record<string, string | undefined>;
      for (const c of criteria) {
        if (v[scoreField(c.id)] === undefined) ctx.addIssue({ code: 'custom', path: [scoreField(c.id)], message: `${E}.scoreMissing` });
      }
      if (value.recommendation === undefined) ctx.addIssue({ code: 'custom', path: ['recommendation'], message: `${E}.recommendationMissing` });
    })
    .transform((value): ReviewFormData => {
      const v = value as Record<string, string | undefined>;
      const scores = new Map<string, { score: number | null; comment: string }>();
      for (const c of criteria) {
        const score = v[scoreField(c.id)];
        const comment = v[commentField(c.id)] ?? '';
        if (score !== undefined || comment !== '') scores.set(c.id, { score: score === undefined ? null : Number(score), comment });
      }
      return {
        input: { scores, recommendation: (value.recommendation as Recommendation | undefined) ?? null, comment: value.comment },
        submit: value.action === 'submit',
      };
    });
}

/** The declaration before the subject is shown. */
export const conflictForm = z
  .strictObject({
    // yes: there is a conflict of interest
    conflict: z.enum(['yes', 'no'], { error: `${E}.conflictRequired` }),
    // what the editors should know about it; may stay empty
    note: optionalComment(CONFLICT_NOTE_MAX),
  })
  .transform((v) => ({ conflict: v.conflict === 'yes', note: v.note }));
