import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { competitionApplications } from './application-tables.ts';
import { competitionCalls } from './call-tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const PROJECT_STATUSES = ['running', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * A funded model project ("Modellprojekt"): what a call's award pays for. Public once its
 * call's decisions are released; the demo's projects of the first round are kept as such.
 */
export const competitionProjects = pgTable(
  'competition_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => competitionCalls.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    // the municipality or region as the showcase names it, e.g. "Wirtschaftsraum Rendsburg"
    municipality: text('municipality').notNull(),
    // its page in the network, when it has one; read through the organisations' service, so no foreign key
    organisationId: uuid('organisation_id'),
    // the award it came from; the demo's projects of the first round have none
    applicationId: uuid('application_id').references(() => competitionApplications.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    // two or three sentences for the showcase and the open data
    summary: text('summary').notNull(),
    // what the project does and how, in Markdown
    description: text('description').notNull(),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    status: text('status').$type<ProjectStatus>().notNull().default('running'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('competition_projects_slug_key').on(t.slug),
    uniqueIndex('competition_projects_application_key').on(t.applicationId),
    index('competition_projects_call_idx').on(t.callId),
    check('competition_projects_amount_check', sql`${t.amountCents} > 0`),
    check('competition_projects_period_check', sql`${t.endsOn} > ${t.startsOn}`),
  ],
);

/** A step of the project that its managers plan and tick off, e.g. "Fachkonzept abgestimmt". */
export const competitionMilestones = pgTable(
  'competition_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => competitionProjects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    reachedOn: date('reached_on', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_milestones_project_idx').on(t.projectId, t.dueOn)],
);

export const REPORT_STATUSES = ['due', 'submitted', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A report the editors schedule (interim, final); the project's managers write it until it is
 * submitted, the editors accept it, and an accepted report may be published on the showcase.
 */
export const competitionReports = pgTable(
  'competition_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => competitionProjects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('due'),
    // the report itself in Markdown
    body: text('body').notNull().default(''),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: ts('accepted_at'),
    // accepted reports the editors show on the public project page
    publishedAt: ts('published_at'),
    // the reminder before the due date is sent once, even when two processes sweep at once
    remindedAt: ts('reminded_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('competition_reports_project_idx').on(t.projectId, t.dueOn),
    index('competition_reports_due_idx').on(t.status, t.dueOn),
    check('competition_reports_submitted_check', sql`${t.status} = 'due' or ${t.submittedAt} is not null`),
    check('competition_reports_published_check', sql`${t.publishedAt} is null or ${t.status} = 'accepted'`),
  ],
);

/** A file that belongs to a report: a photo documentation, a concept, a press release. */
export const competitionReportFiles = pgTable(
  'competition_report_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => competitionReports.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'restrict' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_report_files_report_idx').on(t.reportId)],
);

export const PAYMENT_STATUSES = ['requested', 'approved', 'paid', 'rejected'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * A request for funds ("Mittelabruf") by the project's managers: requested → approved → paid,
 * or rejected. The requests that are not rejected never add up to more than the award.
 */
export const competitionPayments = pgTable(
  'competition_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => competitionProjects.id, { onDelete: 'cascade' }),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    // what the money is for, e.g. "Personalkosten 1. Halbjahr 2027"
    purpose: text('purpose').notNull(),
    status: text('status').$type<PaymentStatus>().notNull().default('requested'),
    // why the editors rejected it
    note: text('note'),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: ts('approved_at'),
    paidAt: ts('paid_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('competition_payments_project_idx').on(t.projectId, t.requestedAt),
    check('competition_payments_amount_check', sql`${t.amountCents} > 0`),
    check('competition_payments_paid_check', sql`${t.status} <> 'paid' or (${t.approvedAt} is not null and ${t.paidAt} is not null)`),
  ],
);
