import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { competitionCalls } from './call-tables.ts';
import { competitionQuestions } from './form-tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Where an application stands. draft → submitted (before the deadline) → eligible, queried
 * (the editors ask; the applicant's reply makes it submitted again) or ineligible; withdrawn
 * by the applicant until the decision; awarded or rejected by the decision.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'queried', 'eligible', 'ineligible', 'withdrawn', 'awarded', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * An organisation's application to a call. The organisation is read through the organisations'
 * service, so it has no foreign key; its name is kept at submission, so that the receipt and
 * the files stay as submitted.
 */
export const competitionApplications = pgTable(
  'competition_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => competitionCalls.id, { onDelete: 'restrict' }),
    organisationId: uuid('organisation_id').notNull(),
    organisationName: text('organisation_name').notNull(),
    status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
    // the project's name and a short description, the first task of the list
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    // given at submission, e.g. "DMK-2027-0007"
    reference: text('reference'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    // the PDF of the application as submitted, sent with the receipt
    receiptFileId: uuid('receipt_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    withdrawnAt: ts('withdrawn_at'),
    // the editors' screening: a question to the applicant and the answer, or why it is not eligible
    screeningNote: text('screening_note'),
    applicantReply: text('applicant_reply'),
    screenedAt: ts('screened_at'),
    // the editors' decision: the amount awarded, or why it was rejected; told to the applicant only
    // when the call's decisions are released
    awardedCents: bigint('awarded_cents', { mode: 'number' }),
    decisionReason: text('decision_reason'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('competition_applications_reference_key').on(t.reference),
    // one application per organisation and call; a withdrawn one makes room for a new one
    uniqueIndex('competition_applications_one_per_call_key').on(t.callId, t.organisationId).where(sql`${t.status} <> 'withdrawn'`),
    index('competition_applications_call_status_idx').on(t.callId, t.status),
    index('competition_applications_organisation_idx').on(t.organisationId),
    check(
      'competition_applications_decision_check',
      sql`(${t.status} = 'awarded') = (${t.awardedCents} is not null) and (${t.awardedCents} is null or ${t.awardedCents} > 0)`,
    ),
    check('competition_applications_submitted_check', sql`${t.status} = 'draft' or (${t.reference} is not null and ${t.submittedAt} is not null)`),
  ],
);

/** An answer to a question of the call's form; a question left open has no row. */
export const competitionAnswers = pgTable(
  'competition_answers',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => competitionQuestions.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.questionId] })],
);

/** Cost categories of a budget plan, as funding guidelines name them. */
export const BUDGET_CATEGORIES = ['personnel', 'services', 'equipment', 'software', 'participation', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** A cost item of the budget plan: what, in which category and year, for how much. */
export const competitionBudgetItems = pgTable(
  'competition_budget_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    category: text('category').$type<BudgetCategory>().notNull(),
    year: integer('year').notNull(),
    description: text('description').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_budget_items_application_idx').on(t.applicationId), check('competition_budget_items_amount_check', sql`${t.amountCents} > 0`)],
);

export const CO_APPLICANT_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type CoApplicantStatus = (typeof CO_APPLICANT_STATUSES)[number];

/** An organisation invited to apply together with the applicant, and its answer. */
export const competitionCoApplicants = pgTable(
  'competition_co_applicants',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    organisationName: text('organisation_name').notNull(),
    // what this partner does in the project, as the applicant describes it
    part: text('part').notNull(),
    status: text('status').$type<CoApplicantStatus>().notNull().default('invited'),
    invitedAt: ts('invited_at').notNull().defaultNow(),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.organisationId] }), index('competition_co_applicants_organisation_idx').on(t.organisationId)],
);

export const ATTACHMENT_KINDS = ['councilDecision', 'letterOfIntent', 'costEstimate', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** A file the applicant attaches: a council decision, letters of intent, cost estimates. */
export const competitionAttachments = pgTable(
  'competition_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<AttachmentKind>().notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'restrict' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_attachments_application_idx').on(t.applicationId)],
);
