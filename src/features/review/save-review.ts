import { recordAudit } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { findReview, lockAssignment, replaceScores, upsertReview } from './repository.ts';
import { auditSubject, isAssignedTo, isValidScore, type ReviewActor } from './rules.ts';
import type { WeightedCriterion } from './scoring.ts';
import type { Recommendation, ReviewStatus } from './tables.ts';

/** What the juror entered: per criterion a score (none yet in a draft) and a comment, and the overall verdict. */
export interface ReviewInput {
  scores: ReadonlyMap<string, { score: number | null; comment: string }>;
  recommendation: Recommendation | null;
  comment: string;
}

export interface SaveReviewOptions {
  /** the assigned juror; nobody else writes their review */
  juror: ReviewActor;
  assignmentId: string;
  /** the criteria of the process, in the owning feature's order; a score for another criterion is refused */
  criteria: readonly WeightedCriterion[];
  input: ReviewInput;
  /** true: submit, after which the review cannot be changed; false: keep as a draft */
  submit: boolean;
  /** whether the review phase of the process is open now; the owning feature knows its dates */
  open: boolean;
}

export type SaveReviewOutcome =
  | { kind: 'saved'; status: ReviewStatus }
  /** no such assignment of this juror */
  | { kind: 'notFound' }
  /** the review phase is not open */
  | { kind: 'closed' }
  /** the juror has not declared yet whether they have a conflict of interest */
  | { kind: 'notDeclared' }
  /** the juror declared a conflict: they do not review this subject */
  | { kind: 'conflictDeclared' }
  /** submitted before: a submitted review stays as it is */
  | { kind: 'alreadySubmitted' }
  /** scores for criteria the process does not have, or outside 0 to 5; nothing was stored */
  | { kind: 'invalid'; unknownCriteria: string[]; badScores: string[] }
  /** a submission needs a score for every criterion and a recommendation; nothing was stored */
  | { kind: 'incomplete'; missingScores: string[]; recommendationMissing: boolean };

/**
 * Saves the juror's review as a draft, which may be incomplete, or submits it, complete, once:
 * only their own, only after declaring that they have no conflict, only while the phase is open.
 */
export async function saveReview(db: Executor, options: SaveReviewOptions): Promise<SaveReviewOutcome> {
  if (!isUuid(options.assignmentId)) return { kind: 'notFound' };
  const { criteria, input } = options;
  return db.transaction(async (tx): Promise<SaveReviewOutcome> => {
    const assignment = await lockAssignment(tx, options.assignmentId);
    if (!assignment || !isAssignedTo(assignment, options.juror.id)) return { kind: 'notFound' };
    if (!options.open) return { kind: 'closed' };
    if (assignment.conflict === null) return { kind: 'notDeclared' };
    if (assignment.conflict === 'declared') return { kind: 'conflictDeclared' };
    const before = await findReview(tx, assignment.id);
    if (before?.status === 'submitted') return { kind: 'alreadySubmitted' };

    const known = new Set(criteria.map((c) => c.id));
    const entries = [...input.scores];
    const unknownCriteria = entries.filter(([id]) => !known.has(id)).map(([id]) => id);
    const badScores = entries.filter(([id, s]) => known.has(id) && s.score !== null && !isValidScore(s.score)).map(([id]) => id);
    if (unknownCriteria.length > 0 || badScores.length > 0) return { kind: 'invalid', unknownCriteria, badScores };
    if (options.submit) {
      const missingScores = criteria.filter((c) => (input.scores.get(c.id)?.score ?? null) === null).map((c) => c.id);
      const recommendationMissing = input.recommendation === null;
      if (missingScores.length > 0 || recommendationMissing) return { kind: 'incomplete', missingScores, recommendationMissing };
    }

    const status: ReviewStatus = options.submit ? 'submitted' : 'draft';
    const scores = criteria
      .map((c) => ({ criterionId: c.id, score: input.scores.get(c.id)?.score ?? null, comment: input.scores.get(c.id)?.comment.trim() ?? '' }))
      .filter((s) => s.score !== null || s.comment !== '');
    await upsertReview(tx, {
      assignmentId: assignment.id,
      status,
      recommendation: input.recommendation,
      comment: input.comment.trim(),
      submittedAt: options.submit ? new Date() : null,
    });
    await replaceScores(tx, assignment.id, scores);
    if (options.submit) {
      await recordAudit(
        tx,
        options.juror,
        'review.submit',
        auditSubject(assignment.id),
        { status: before?.status ?? null },
        { status, recommendation: input.recommendation, scores: scores.map((s) => ({ criterionId: s.criterionId, score: s.score })) },
      );
    }
    return { kind: 'saved', status };
  });
}
