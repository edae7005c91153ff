import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * draft (the owners write) → in_review (sent to the editors) → published (approved by an
 * editor); an editor who returns it sets it back to draft with a note. Where a published
 * challenge stands in its timeline (open, jury, decided) follows from its dates and
 * `decidedAt` (rules.ts), not from the status.
 */
export const CHALLENGE_STATUSES = ['draft', 'in_review', 'published'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Who may submit: registered organisations, people on their own, or both. */
export const ELIGIBILITIES = ['organisations', 'people', 'both'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

/**
 * A challenge of the "Call for Solutions" (seed 003): a municipality describes a concrete
 * problem, and civil society, start-ups and others submit their digital ideas for it. The
 * posting organisation is read through the organisations' service (no foreign key, as in the
 * solution library); its managers and the editors own the challenge.
 */
export const challenges = pgTable(
  'challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    status: text('status').$type<ChallengeStatus>().notNull().default('draft'),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    // one or two sentences for the list, the feed and the search
    summary: text('summary').notNull(),
    // Markdown: the problem, its context, who is affected, the data there is, the constraints, what success looks like
    problem: text('problem').notNull(),
    context: text('context').notNull().default(''),
    affected: text('affected').notNull().default(''),
    dataAvailable: text('data_available').notNull().default(''),
    constraints: text('constraints').notNull().default(''),
    success: text('success').notNull().default(''),
    // what the winners get, e.g. "Pilotierung in Eutin mit 25.000 Euro"
    prize: text('prize').notNull(),
    eligibility: text('eligibility').$type<Eligibility>().notNull().default('both'),
    // slugs of the shared fields of action
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    // jurors see neither the submitters' names nor their organisations
    blindReview: boolean('blind_review').notNull().default(false),
    // the timeline: questions until, submissions from … until, jury until, announcement
    questionsUntil: ts('questions_until').notNull(),
    submissionOpensAt: ts('submission_opens_at').notNull(),
    submissionClosesAt: ts('submission_closes_at').notNull(),
    juryUntil: ts('jury_until').notNull(),
    announcementAt: ts('announcement_at').notNull(),
    // who answers questions about the challenge outside the public Q&A
    contact: text('contact').notNull().default(''),
    // an editor's note when returning the draft to its owners
    reviewNote: text('review_note').notNull().default(''),
    // days after the decision when submissions that did not win are removed with their files
    retentionDays: integer('retention_days').notNull().default(365),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    sentForReviewAt: ts('sent_for_review_at'),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: ts('published_at'),
    // the moment the editors published the winners: the challenge is decided
    decidedAt: ts('decided_at'),
  },
  (t) => [
    uniqueIndex('challenges_slug_key').on(t.slug),
    index('challenges_status_idx').on(t.status, t.submissionClosesAt),
    index('challenges_organisation_idx').on(t.organisationId),
    check(
      'challenges_timeline_check',
      sql`${t.submissionClosesAt} > ${t.submissionOpensAt} and ${t.questionsUntil} <= ${t.submissionClosesAt} and ${t.juryUntil} > ${t.submissionClosesAt} and ${t.announcementAt} >= ${t.juryUntil}`,
    ),
    check('challenges_eligibility_check', sql`${t.eligibility} in ('organisations','people','both')`),
    check('challenges_retention_check', sql`${t.retentionDays} between 30 and 3650`),
  ],
);

/** What the jury scores, in order, with its weight in the total (a criterion of weight 2 counts twice). */
export const challengeCriteria = pgTable(
  'challenge_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    weight: integer('weight').notNull(),
  },
  (t) => [
    index('challenge_criteria_challenge_idx').on(t.challengeId, t.position),
    check('challenge_criteria_weight_check', sql`${t.weight} between 1 and 100`),
  ],
);

/**
 * A question about a challenge, asked by a signed-in person until the challenge's Q&A date,
 * and the owners' answer. Answered questions are public; the asker is not named on the page.
 */
export const challengeQuestions = pgTable(
  'challenge_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    // null once the asker's account was deleted: the answered question stays for everyone
    askedBy: uuid('asked_by').references(() => users.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    askedAt: ts('asked_at').notNull().defaultNow(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: ts('answered_at'),
  },
  (t) => [index('challenge_questions_challenge_idx').on(t.challengeId, t.askedAt)],
);

/** draft (the submitter writes) → submitted (before the deadline) → withdrawn (until the jury phase). */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * A proposed solution for a challenge, by a person on their own or for an organisation they
 * belong to. The team is the organisation or the person (`teamKey` "org:<id>" or
 * "user:<id>"): one live submission per team and challenge.
 */
export const challengeSubmissions = pgTable(
  'challenge_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    // the person who writes and submits it; null once their account was deleted
    submitterId: uuid('submitter_id').references(() => users.id, { onDelete: 'set null' }),
    // the organisation it is submitted for; null for a person on their own
    organisationId: uuid('organisation_id'),
    teamKey: text('team_key').notNull(),
    status: text('status').$type<SubmissionStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    // one or two sentences: what the solution is
    summary: text('summary').notNull().default(''),
    // Markdown: the solution, the team, references, the costs
    description: text('description').notNull().default(''),
    team: text('team').notNull().default(''),
    references: text('references').notNull().default(''),
    costs: text('costs').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    submittedAt: ts('submitted_at'),
    withdrawnAt: ts('withdrawn_at'),
    // chosen by the editors from the jury's ranking; public once the challenge is decided
    winner: boolean('winner').notNull().default(false),
    // what this winner receives, e.g. "Pilotierung 2027 in Eutin"
    awardNote: text('award_note').notNull().default(''),
    // the solution profile the submitter made of the winning submission (solutions feature)
    solutionId: uuid('solution_id'),
  },
  (t) => [
    uniqueIndex('challenge_submissions_team_key').on(t.challengeId, t.teamKey).where(sql`${t.status} <> 'withdrawn'`),
    index('challenge_submissions_challenge_idx').on(t.challengeId, t.status),
    index('challenge_submissions_submitter_idx').on(t.submitterId),
    check('challenge_submissions_status_check', sql`${t.status} in ('draft','submitted','withdrawn')`),
  ],
);

/** A file attached to a submission (a concept, a screenshot, a reference letter). */
export const challengeSubmissionFiles = pgTable(
  'challenge_submission_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => challengeSubmissions.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'restrict' }),
    // what the file is, as the submitter named it
    title: text('title').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('challenge_submission_files_submission_idx').on(t.submissionId)],
);
