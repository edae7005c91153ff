import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

/** A juror's answer to "is there a conflict of interest?"; null until they have answered. */
export const CONFLICT_STATES = ['none', 'declared'] as const;
export type ConflictState = (typeof CONFLICT_STATES)[number];

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const RECOMMENDATIONS = ['yes', 'maybe', 'no'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The lowest and highest score of a criterion. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

/**
 * A juror assigned to review one subject of a process. The process and the subject are the
 * owning feature's ids, opaque to the engine (process_key e.g. "challenge:<uuid>").
 * A row with a declared conflict is never deleted: it is what refuses a second assignment.
 */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processKey: text('process_key').notNull(),
    subjectId: uuid('subject_id').notNull(),
    // null once the juror's account was deleted: the submitted review stays with the process
    jurorId: uuid('juror_id').references(() => users.id, { onDelete: 'set null' }),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    // null: not declared yet; the juror sees the subject only after declaring 'none'
    conflict: text('conflict').$type<ConflictState>(),
    conflictNote: text('conflict_note').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('review_assignments_subject_juror_key').on(t.subjectId, t.jurorId),
    index('review_assignments_process_juror_idx').on(t.processKey, t.jurorId),
    check('review_assignments_conflict_check', sql`${t.conflict} is null or ${t.conflict} in ('none','declared')`),
  ],
);

/** The juror's review of the assigned subject: a draft until it is submitted, then fixed. */
export const reviews = pgTable(
  'reviews',
  {
    assignmentId: uuid('assignment_id')
      .primaryKey()
      .references(() => reviewAssignments.id, { onDelete: 'cascade' }),
    status: text('status').$type<ReviewStatus>().notNull().default('draft'),
    recommendation: text('recommendation').$type<Recommendation>(),
    comment: text('comment').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    check('reviews_status_check', sql`${t.status} in ('draft','submitted')`),
    check('reviews_recommendation_check', sql`${t.recommendation} is null or ${t.recommendation} in ('yes','maybe','no')`),
  ],
);

/**
 * The score of one criterion in a review. The criterion is the owning feature's id. A draft
 * may keep a comment without a score yet; a submitted review has a score for every criterion.
 */
export const reviewScores = pgTable(
  'review_scores',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => reviewAssignments.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id').notNull(),
    score: integer('score'),
    comment: text('comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.criterionId] }), check('review_scores_score_check', sql`${t.score} is null or ${t.score} between 0 and 5`)],
);
