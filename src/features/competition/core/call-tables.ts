import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const CALL_STATUSES = ['draft', 'published'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * A call for applications ("Förderaufruf"): who may apply, until when, for how much. Amounts
 * are whole cents, so that sums and the budget rule are exact.
 */
export const competitionCalls = pgTable(
  'competition_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    status: text('status').$type<CallStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    // one or two sentences for lists, the start page and the search
    summary: text('summary').notNull(),
    // the call text in Markdown: aims, what is funded, procedure
    description: text('description').notNull(),
    // organisation types that may apply (organisations feature's types)
    eligibleTypes: text('eligible_types').array().notNull(),
    // first digits of the official keys of eligible bodies, e.g. "01" for Schleswig-Holstein; null: every state
    agsPrefix: text('ags_prefix'),
    populationMin: integer('population_min'),
    populationMax: integer('population_max'),
    // several organisations may apply together (a Kreis with its Ämter, an economic region)
    jointApplications: boolean('joint_applications').notNull().default(true),
    opensAt: ts('opens_at').notNull(),
    closesAt: ts('closes_at').notNull(),
    maxAmountCents: bigint('max_amount_cents', { mode: 'number' }).notNull(),
    totalBudgetCents: bigint('total_budget_cents', { mode: 'number' }).notNull(),
    // share of the costs the applicant pays itself, in percent
    ownSharePercent: integer('own_share_percent').notNull(),
    fundingStart: date('funding_start', { mode: 'string' }).notNull(),
    fundingEnd: date('funding_end', { mode: 'string' }).notNull(),
    // jurors see neither the applicants' names nor their organisations
    blindReview: boolean('blind_review').notNull().default(false),
    // slugs of the shared fields of action
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    // who answers questions about the call
    contact: text('contact').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
    // the moment the editors released every decision of the call at once; until then applicants see none
    decisionsReleasedAt: ts('decisions_released_at'),
  },
  (t) => [
    uniqueIndex('competition_calls_slug_key').on(t.slug),
    index('competition_calls_status_closes_idx').on(t.status, t.closesAt),
    check('competition_calls_period_check', sql`${t.closesAt} > ${t.opensAt} and ${t.fundingEnd} > ${t.fundingStart}`),
    check(
      'competition_calls_amounts_check',
      sql`${t.maxAmountCents} > 0 and ${t.maxAmountCents} <= ${t.totalBudgetCents} and ${t.ownSharePercent} between 0 and 100`,
    ),
    check(
      'competition_calls_population_check',
      sql`(${t.populationMin} is null or ${t.populationMin} >= 0) and (${t.populationMin} is null or ${t.populationMax} is null or ${t.populationMin} <= ${t.populationMax})`,
    ),
    check('competition_calls_types_check', sql`cardinality(${t.eligibleTypes}) > 0`),
  ],
);
