import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { pictures } from '../../../platform/pictures/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Drafts are reviewed by an editor before they are published; published ones can be archived. */
export const SOLUTION_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** How far a solution has come: Idee/Konzept, Prototyp, Pilot, Regelbetrieb, an andere übertragen. */
export const MATURITY_PHASES = ['idea', 'prototype', 'pilot', 'operation', 'transferred'] as const;
export type MaturityPhase = (typeof MATURITY_PHASES)[number];

/** Sizes of municipality by inhabitants, as the library filters them. */
export const SIZE_BANDS = ['under-2000', '2000-10000', '10000-50000', '50000-100000', 'over-100000'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/**
 * What a solution's owners write in the profile form, as stored (costs in cents). A published
 * solution keeps its owners' later changes in this shape until an editor has checked them.
 */
export interface ProfileFields {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  fieldsOfAction: string[];
  suitableTypes: string[];
  sizeBands: SizeBand[];
  maturity: MaturityPhase;
  costOneOffCents: number | null;
  costYearlyCents: number | null;
  effortPersonDays: number | null;
  operatorModel: string;
  partners: string;
  licence: string;
  openSource: boolean;
  repositoryUrl: string | null;
  dataUsed: string;
  accessibility: string;
  dataProtection: string;
  contactName: string;
  contactEmail: string;
  projectId: string | null;
}

/**
 * A re-usable municipal solution ("Lösung"): what problem it solves, how, for whom, at what
 * cost and under which licence. It belongs to the organisation that publishes it; the
 * organisations are read through the organisations' service and a funded project through the
 * competition's, so neither has a foreign key. Amounts are whole cents.
 */
export const solutions = pgTable(
  'solutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    status: text('status').$type<SolutionStatus>().notNull().default('draft'),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    title: text('title').notNull(),
    // one or two sentences for lists and the search
    summary: text('summary').notNull(),
    // Markdown: the problem it solves and how it goes about it
    problem: text('problem').notNull(),
    approach: text('approach').notNull(),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    // organisation types (organisations feature) and size bands it suits
    suitableTypes: text('suitable_types').array().notNull().default(sql`'{}'::text[]`),
    sizeBands: text('size_bands').array().$type<SizeBand[]>().notNull().default(sql`'{}'::text[]`),
    maturity: text('maturity').$type<MaturityPhase>().notNull(),
    costOneOffCents: bigint('cost_one_off_cents', { mode: 'number' }),
    costYearlyCents: bigint('cost_yearly_cents', { mode: 'number' }),
    effortPersonDays: integer('effort_person_days'),
    // who runs it: in-house, a municipal service provider, a company, shared by several
    operatorModel: text('operator_model').notNull().default(''),
    partners: text('partners').notNull().default(''),
    // an SPDX identifier such as "EUPL-1.2" or a name; open source when the licence is one
    licence: text('licence').notNull().default(''),
    openSource: boolean('open_source').notNull().default(false),
    repositoryUrl: text('repository_url'),
    // software solutions have a publiccode.yml; its fields beyond ours are kept as they came
    softwareType: text('software_type'),
    dataUsed: text('data_used').notNull().default(''),
    accessibility: text('accessibility').notNull().default(''),
    dataProtection: text('data_protection').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    // the competition's funded project it came from
    projectId: uuid('project_id'),
    pictureId: uuid('picture_id').references(() => pictures.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
    // The owners' changes to a published solution: the public keeps seeing what the editors
    // checked until they have checked these too (profiles/update-solution.ts).
    pendingChanges: jsonb('pending_changes').$type<ProfileFields>(),
    // when the owners sent the changes; none while the editors have given them back with a note
    pendingSince: ts('pending_since'),
  },
  (t) => [
    uniqueIndex('solutions_slug_key').on(t.slug),
    index('solutions_status_idx').on(t.status, t.publishedAt),
    index('solutions_owner_idx').on(t.ownerOrganisationId),
    index('solutions_fields_idx').using('gin', t.fieldsOfAction),
    check(
      'solutions_costs_check',
      sql`(${t.costOneOffCents} is null or ${t.costOneOffCents} between 0 and 100000000000) and (${t.costYearlyCents} is null or ${t.costYearlyCents} between 0 and 100000000000) and (${t.effortPersonDays} is null or ${t.effortPersonDays} between 0 and 100000)`,
    ),
  ],
);

/** A document of a solution: a concept, a tender, an evaluation, a manual. */
export const solutionDocuments = pgTable(
  'solution_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'restrict' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('solution_documents_solution_idx').on(t.solutionId, t.position)],
);

/**
 * "Nachnutzen": an organisation that asked to adopt a solution, and how far it got. requested →
 * declined by the owner, or interested → implementing → operating; abandoned at any point after
 * the owner accepted. The owner organisation itself never adopts its own solution.
 */
export const ADOPTION_STATUSES = ['requested', 'declined', 'interested', 'implementing', 'operating', 'abandoned'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export const solutionAdoptions = pgTable(
  'solution_adoptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').$type<AdoptionStatus>().notNull().default('requested'),
    // what the adopter wrote with the request, and what the owner answered
    message: text('message').notNull().default(''),
    answer: text('answer').notNull().default(''),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    answeredAt: ts('answered_at'),
    // the adopter's experience report: what it changed, what it cost, what it would do differently
    reportChanges: text('report_changes').notNull().default(''),
    reportCosts: text('report_costs').notNull().default(''),
    reportLessons: text('report_lessons').notNull().default(''),
    reportedAt: ts('reported_at'),
    // since when it runs there, for "läuft in"
    operatingSince: date('operating_since', { mode: 'string' }),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // one open adoption per organisation and solution; a declined or abandoned one makes room
    uniqueIndex('solution_adoptions_open_key').on(t.solutionId, t.organisationId).where(sql`${t.status} not in ('declined', 'abandoned')`),
    index('solution_adoptions_organisation_idx').on(t.organisationId),
  ],
);
