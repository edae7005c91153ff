import type { Executor } from '../../platform/db/client.ts';
import type { FormValues } from '../../platform/http/form.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import {
  findAssignmentListRow,
  listAssignmentsOfJuror,
  listAssignmentsOfProcess,
  listAssignmentsOfSubject,
  listAssignmentsOfSubjects,
  listJurors,
  listScores,
  type AssignmentListRow,
  type JurorRow,
} from './repository.ts';
import { isAssignedTo } from './rules.ts';
import { commentField, scoreField } from './schema.ts';
import { rankSubjects, type SubjectRanking, type WeightedCriterion } from './scoring.ts';
import { reviewVisibleTo, subjectVisibleTo } from './visibility.ts';

/**
 * The review engine, as other features use it: a process (whatever the owning feature reviews
 * in, e.g. a challenge) has subjects (what is reviewed), jurors are assigned to subjects,
 * declare whether they have a conflict of interest, and score the subject by the process's
 * weighted criteria. The owning feature keeps its processes, subjects and criteria, mounts
 * the pages and says when the review phase is open; the engine keeps assignments and reviews.
 * Other features import this file and the views of ui.ts, nothing else here.
 */

export { assignJurors, type AssignJurorsOptions, type AssignJurorsOutcome } from './assign-jurors.ts';
export { unassignJuror, type UnassignJurorOptions, type UnassignJurorOutcome } from './unassign-juror.ts';
export { declareConflict, type DeclareConflictOptions, type DeclareConflictOutcome } from './declare-conflict.ts';
export { reviewFormErrors } from './form-errors.ts';
export { removeSubjects } from './remove-subjects.ts';
export { saveReview, type ReviewInput, type SaveReviewOptions, type SaveReviewOutcome } from './save-review.ts';
export {
  commentField,
  conflictForm,
  CONFLICT_NOTE_MAX,
  CRITERION_COMMENT_MAX,
  REVIEW_COMMENT_MAX,
  reviewForm,
  type ReviewFormData,
  SCORE_VALUES,
  scoreField,
} from './schema.ts';
export { meanAndSpread, rankSubjects, roundScore, type SubjectRanking, type WeightedCriterion, weightedScore } from './scoring.ts';
export { jurorStep, reviewVisibleTo, subjectVisibleTo } from './visibility.ts';
export type { ReviewActor } from './rules.ts';
export type { AssignmentListRow, JurorRow } from './repository.ts';
export {
  CONFLICT_STATES,
  type ConflictState,
  RECOMMENDATIONS,
  type Recommendation,
  REVIEW_STATUSES,
  type ReviewStatus,
  SCORE_MAX,
  SCORE_MIN,
} from './tables.ts';

/** A criterion as the pages show it; the owning feature keeps its criteria. */
export interface ReviewCriterion extends WeightedCriterion {
  title: string;
  description: string;
}

/** An assignment with its review: the scores by criterion id. */
export interface ReviewView extends AssignmentListRow {
  scores: ReadonlyMap<string, { score: number | null; comment: string }>;
}

async function withScores(db: Executor, rows: AssignmentListRow[]): Promise<ReviewView[]> {
  const scores = await listScores(
    db,
    rows.filter((r) => r.reviewStatus !== null).map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    scores: new Map(scores.filter((s) => s.assignmentId === row.id).map((s) => [s.criterionId, { score: s.score, comment: s.comment }])),
  }));
}

/** A draft is the juror's own until they submit it: others are told only that it exists. */
function withoutDraftContent(review: ReviewView): ReviewView {
  if (review.reviewStatus === 'submitted') return review;
  return { ...review, recommendation: null, reviewComment: '', scores: new Map() };
}

/** The juror's assignments in a process, with the state of each review: their list of work. */
export async function jurorAssignments(db: Executor, jurorId: string, processKey: string): Promise<AssignmentListRow[]> {
  return listAssignmentsOfJuror(db, jurorId, processKey);
}

/**
 * One assignment with the juror's review (drafts included), for the juror's page; undefined
 * when it is not this juror's, so that the route answers 404 for everybody else.
 */
export async function assignmentForJuror(db: Executor, assignmentId: string, jurorId: string): Promise<ReviewView | undefined> {
  if (!isUuid(assignmentId)) return undefined;
  const row = await findAssignmentListRow(db, assignmentId);
  if (!row || !isAssignedTo(row, jurorId)) return undefined;
  return (await withScores(db, [row]))[0];
}

/** Every assignment of a process for the editors: juror, declaration, state of the review. */
export async function assignmentsOfProcess(db: Executor, processKey: string): Promise<AssignmentListRow[]> {
  return listAssignmentsOfProcess(db, processKey);
}

/** One assignment, found only under its process: the route's lookup before unassigning (404 for another process's). */
export async function assignmentInProcess(db: Executor, processKey: string, assignmentId: string): Promise<AssignmentListRow | undefined> {
  if (!isUuid(assignmentId)) return undefined;
  const row = await findAssignmentListRow(db, assignmentId);
  return row?.processKey === processKey ? row : undefined;
}

/**
 * The reviews of a subject for the editors, one per assignment (declared conflicts included):
 * submitted reviews in full, drafts only as such, without their content.
 */
export async function reviewsOfSubject(db: Executor, subjectId: string): Promise<ReviewView[]> {
  if (!isUuid(subjectId)) return [];
  return (await withScores(db, await listAssignmentsOfSubject(db, subjectId))).map(withoutDraftContent);
}

export interface JurorReviews {
  /** the juror's own review, drafts included */
  own: ReviewView;
  /** the other jurors' submitted reviews; empty until the owning feature lets them be seen */
  others: ReviewView[];
}

/**
 * What a juror may see of the reviews of a subject: their own, and the others' submitted ones
 * once `othersVisible` (e.g. after the review phase). Undefined when the juror may not see the
 * subject at all: not assigned, not declared yet, or declared a conflict.
 */
export async function reviewsForJuror(
  db: Executor,
  options: { jurorId: string; subjectId: string; othersVisible: boolean },
): Promise<JurorReviews | undefined> {
  if (!isUuid(options.subjectId)) return undefined;
  const all = await listAssignmentsOfSubject(db, options.subjectId);
  const own = all.find((a) => a.jurorId === options.jurorId);
  if (!subjectVisibleTo(own, options.jurorId)) return undefined;
  const viewer = { jurorId: options.jurorId, othersVisible: options.othersVisible };
  const visible = await withScores(
    db,
    all.filter((a) => reviewVisibleTo({ jurorId: a.jurorId, status: a.reviewStatus }, viewer)),
  );
  return { own: visible.find((r) => r.id === own!.id)!, others: visible.filter((r) => r.id !== own!.id) };
}

/**
 * The ranking of the subjects of a process by their submitted reviews' weighted scores (see
 * rankSubjects in scoring.ts). Subjects the owning feature does not name are left out.
 */
export async function ranking(
  db: Executor,
  options: { processKey: string; subjectIds: readonly string[]; criteria: readonly WeightedCriterion[] },
): Promise<SubjectRanking[]> {
  const subjectIds = options.subjectIds.filter(isUuid);
  const rows = await withScores(db, await listAssignmentsOfSubjects(db, options.processKey, subjectIds));
  const assignments = rows.map((r) => ({
    subjectId: r.subjectId,
    conflict: r.conflict,
    status: r.reviewStatus,
    recommendation: r.recommendation,
    scores: new Map([...r.scores].map(([id, s]) => [id, s.score])),
  }));
  return rankSubjects(options.subjectIds, assignments, options.criteria);
}

/** Every account with the site role juror, by name: the choices of an assignment form. */
export async function jurorChoices(db: Executor): Promise<JurorRow[]> {
  return listJurors(db);
}

/** A stored review as the values of the review form, to show it again for editing. */
export function reviewFormValues(review: Pick<ReviewView, 'scores' | 'recommendation' | 'reviewComment'>): FormValues {
  const values: FormValues = { comment: review.reviewComment };
  if (review.recommendation) values.recommendation = review.recommendation;
  for (const [criterionId, s] of review.scores) {
    if (s.score !== null) values[scoreField(criterionId)] = String(s.score);
    values[commentField(criterionId)] = s.comment;
  }
  return values;
}
