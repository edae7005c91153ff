import type { FieldError } from '../../platform/http/form.ts';
import type { Messages } from '../../platform/i18n/index.ts';
import type { SaveReviewOutcome } from './save-review.ts';
import { scoreField } from './schema.ts';

/**
 * What the review form says when saveReview refused it for what was typed: a score missing for
 * submitting, a score outside 0 to 5 or for a criterion the process does not have, no
 * recommendation. Undefined for the outcomes that are not the form's fault (closed, not
 * declared, a conflict, submitted before), which each feature answers in its own way.
 */
export function reviewFormErrors(outcome: SaveReviewOutcome, t: Messages): FieldError[] | undefined {
  const r = t.review.errors;
  switch (outcome.kind) {
    case 'incomplete':
      return [
        ...outcome.missingScores.map((id) => ({ field: scoreField(id), message: r.scoreMissing })),
        ...(outcome.recommendationMissing ? [{ field: 'recommendation', message: r.recommendationMissing }] : []),
      ];
    case 'invalid':
      return [...outcome.badScores, ...outcome.unknownCriteria].map((id) => ({ field: scoreField(id), message: r.score }));
    default:
      return undefined;
  }
}
