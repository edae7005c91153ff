import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const SERIES_STATUSES = ['draft', 'published'] as const;
export type SeriesStatus = (typeof SERIES_STATUSES)[number];

/** Whether people register once for the whole series or for each module on its own. */
export const REGISTRATION_MODES = ['series', 'module'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/**
 * A seminar series: a course of modules over one or several years whose participants form a
 * closed group (seed 004: "Digitale Kommune – Seminarreihe"). Registration is for the series
 * as a whole (its seats and deadline here) or per module (each module's seats and deadline).
 */
export const seminarSeries = pgTable(
  'seminar_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    status: text('status').$type<SeriesStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    // one or two sentences for the list and the search
    summary: text('summary').notNull(),
    // what the participants take home (Markdown)
    aim: text('aim').notNull(),
    // who is invited, e.g. "hauptamtliche Bürgermeisterinnen und Bürgermeister"
    audience: text('audience').notNull(),
    // first and last year of the series, e.g. 2027–2028
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    // partners, one per line, e.g. "Kommunal-Akademie"
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    registrationMode: text('registration_mode').$type<RegistrationMode>().notNull().default('series'),
    // series mode: seats of the whole series and the last moment to register
    seats: integer('seats'),
    registrationDeadline: ts('registration_deadline'),
    // eligibility: a required statement of the person's function ("hauptamtliche/r Bürgermeister/in")
    requiredFunction: text('required_function').notNull().default(''),
    // eligibility: only members of organisations of these types (empty: anyone)
    organisationTypes: text('organisation_types').array().notNull().default(sql`'{}'::text[]`),
    consentText: text('consent_text').notNull(),
    // days after the series' last session when registrations, attendance and feedback are removed
    retentionDays: integer('retention_days').notNull().default(365),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
  },
  (t) => [
    uniqueIndex('seminar_series_slug_key').on(t.slug),
    check('seminar_series_years', sql`${t.endYear} >= ${t.startYear}`),
    check('seminar_series_seats', sql`${t.seats} is null or ${t.seats} > 0`),
  ],
);

/**
 * A module of a series, in its order. Its materials reach the participants once its last
 * session has ended, and everyone when `materialsPublic` is set. A pilot module asks its
 * participants for feedback afterwards. The homework is a step of the participant's
 * municipality's strategy workbench.
 */
export const seminarModules = pgTable(
  'seminar_modules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => seminarSeries.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    // what the module is about (Markdown)
    description: text('description').notNull().default(''),
    // the programme of its sessions (Markdown, e.g. "- 10:00 Begrüßung")
    programme: text('programme').notNull().default(''),
    // a step of the strategy workbench (assessment, vision, …) and what to do in it
    homeworkStep: text('homework_step'),
    homework: text('homework').notNull().default(''),
    isPilot: boolean('is_pilot').notNull().default(false),
    materialsPublic: boolean('materials_public').notNull().default(false),
    // module mode: this module's seats and the last moment to register for it
    seats: integer('seats'),
    registrationDeadline: ts('registration_deadline'),
  },
  (t) => [index('seminar_modules_series_idx').on(t.seriesId, t.position), check('seminar_modules_seats', sql`${t.seats} is null or ${t.seats} > 0`)],
);

/** A date of a module: in person at a place, or online. */
export const seminarSessions = pgTable(
  'seminar_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => seminarModules.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    online: boolean('online').notNull().default(false),
    // e.g. "Kommunal-Akademie, Seminarraum 2"; for online sessions what to expect
    venue: text('venue').notNull().default(''),
    town: text('town').notNull().default(''),
  },
  (t) => [index('seminar_sessions_module_idx').on(t.moduleId, t.startsAt), check('seminar_sessions_order', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** A knowledge item (document or video) that is material of a module; read through the knowledge service. */
export const seminarMaterials = pgTable(
  'seminar_materials',
  {
    moduleId: uuid('module_id')
      .notNull()
      .references(() => seminarModules.id, { onDelete: 'cascade' }),
    knowledgeItemId: uuid('knowledge_item_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.knowledgeItemId] })],
);

export const SEMINAR_REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type SeminarRegistrationStatus = (typeof SEMINAR_REGISTRATION_STATUSES)[number];

/**
 * A person's registration for the series as a whole (module_id null, scope 'series') or for one
 * module (scope = the module's id). One live registration per person, series and scope.
 */
export const seminarRegistrations = pgTable(
  'seminar_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => seminarSeries.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').references(() => seminarModules.id, { onDelete: 'cascade' }),
    // 'series' or the module's id: what the seats and the uniqueness count within
    scope: text('scope').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // the municipality whose strategy workbench holds the homework; read through the organisations' service
    organisationId: uuid('organisation_id'),
    // the function the person stated, e.g. "Bürgermeisterin der Verbandsgemeinde"
    functionStatement: text('function_statement').notNull().default(''),
    status: text('status').$type<SeminarRegistrationStatus>().notNull(),
    consentText: text('consent_text').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    confirmedAt: ts('confirmed_at'),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    uniqueIndex('seminar_registrations_live_key').on(t.seriesId, t.scope, t.userId).where(sql`${t.status} <> 'cancelled'`),
    index('seminar_registrations_series_idx').on(t.seriesId, t.status, t.createdAt),
  ],
);

/** That a person attended a module, from the editors' check-in. */
export const seminarAttendance = pgTable(
  'seminar_attendance',
  {
    moduleId: uuid('module_id')
      .notNull()
      .references(() => seminarModules.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    checkedInAt: ts('checked_in_at').notNull().defaultNow(),
    checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.userId] })],
);

/** A participant's feedback on a pilot module: a rating of 1 to 5 and a comment; one per person and module. */
export const seminarFeedback = pgTable(
  'seminar_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => seminarModules.id, { onDelete: 'cascade' }),
    // kept without the person when the account is deleted: the answers stay for the next modules
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    rating: integer('rating').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('seminar_feedback_person_key').on(t.moduleId, t.userId), check('seminar_feedback_rating', sql`${t.rating} between 1 and 5`)],
);
