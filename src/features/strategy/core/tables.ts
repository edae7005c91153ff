import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A dimension of the maturity self-assessment (e.g. "Ziele & Strukturen"), maintained by the
 * editors. Archived dimensions keep their answers but are no longer asked.
 */
export const strategyDimensions = pgTable(
  'strategy_dimensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // tags of knowledge items that help where this dimension is weak (the recommendations)
    knowledgeTags: text('knowledge_tags').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('strategy_dimensions_slug_key').on(t.slug)],
);

/**
 * One question of a dimension with its levels, lowest first ("Es gibt keine …" up to "… ist
 * verankert und wird überprüft"); an answer is the level's number, 1 to the number of levels.
 */
export const strategyQuestions = pgTable(
  'strategy_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dimensionId: uuid('dimension_id')
      .notNull()
      .references(() => strategyDimensions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    // what the question means and how to tell the levels apart
    help: text('help').notNull().default(''),
    levels: text('levels').array().notNull(),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('strategy_questions_dimension_idx').on(t.dimensionId, t.position),
    check('strategy_questions_levels_check', sql`cardinality(${t.levels}) between 2 and 7`),
  ],
);

export const STRATEGY_STATUSES = ['draft', 'published'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/**
 * An organisation's digital strategy: one per organisation, read through the organisations'
 * service (no foreign key). Its managers write it, its members comment, nobody else sees it
 * until it is published.
 */
export const strategies = pgTable(
  'strategies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').$type<StrategyStatus>().notNull().default('draft'),
    // Markdown: where the municipality wants to be
    vision: text('vision').notNull().default(''),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    publishedAt: ts('published_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('strategies_organisation_key').on(t.organisationId),
    check('strategies_status_check', sql`${t.status} in ('draft','published')`),
    check('strategies_vision_length_check', sql`char_length(${t.vision}) <= 20000`),
  ],
);

export type StrategyRow = typeof strategies.$inferSelect;

export const strategyAnswers = pgTable(
  'strategy_answers',
  {
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => strategyQuestions.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: ts('answered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.strategyId, t.questionId] }), check('strategy_answers_level_check', sql`${t.level} >= 1`)],
);

export const strategyGoals = pgTable(
  'strategy_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [index('strategy_goals_strategy_idx').on(t.strategyId, t.position)],
);

export const FUNDING_SOURCES = ['own', 'grant', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** The traffic light: not started, on track (green), at risk (yellow), delayed (red), done. */
export const MEASURE_STATUSES = ['planned', 'on_track', 'at_risk', 'delayed', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A measure's fact sheet. A grant names a funded project of the competition, read through its service. */
export const strategyMeasures = pgTable(
  'strategy_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    goal: text('goal').notNull().default(''),
    // what citizens gain from it
    citizenBenefit: text('citizen_benefit').notNull().default(''),
    leadUnit: text('lead_unit').notNull().default(''),
    partners: text('partners').notNull().default(''),
    fundingSource: text('funding_source').$type<FundingSource>().notNull().default('own'),
    fundedProjectId: uuid('funded_project_id'),
    fundingNote: text('funding_note').notNull().default(''),
    priority: text('priority').$type<Priority>().notNull().default('medium'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    indicator: text('indicator').notNull().default(''),
    // the indicator's value to reach, and where it started; decimals with a comma in the form
    targetValue: numeric('target_value', { precision: 14, scale: 2 }),
    baselineValue: numeric('baseline_value', { precision: 14, scale: 2 }),
    unit: text('unit').notNull().default(''),
    status: text('status').$type<MeasureStatus>().notNull().default('planned'),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('strategy_measures_strategy_idx').on(t.strategyId, t.position),
    check('strategy_measures_status_check', sql`${t.status} in ('planned','on_track','at_risk','delayed','done')`),
    check('strategy_measures_dates_check', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Solutions of the library a measure re-uses ("Nachnutzen"); read through the solutions' service. */
export const strategyMeasureSolutions = pgTable(
  'strategy_measure_solutions',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => strategyMeasures.id, { onDelete: 'cascade' }),
    solutionId: uuid('solution_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.solutionId] })],
);

/** Guides, documents and videos of the knowledge base a measure builds on; read through its service. */
export const strategyMeasureKnowledge = pgTable(
  'strategy_measure_knowledge',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => strategyMeasures.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.itemId] })],
);

/** Progress over time: each update sets the measure's status and may report the indicator's value. */
export const strategyMeasureUpdates = pgTable(
  'strategy_measure_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => strategyMeasures.id, { onDelete: 'cascade' }),
    status: text('status').$type<MeasureStatus>().notNull(),
    value: numeric('value', { precision: 14, scale: 2 }),
    note: text('note').notNull().default(''),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('strategy_measure_updates_measure_idx').on(t.measureId, t.createdAt)],
);

/** Who takes part in the strategy and how (administration, council, citizens, partners). */
export const strategyActors = pgTable(
  'strategy_actors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    involvement: text('involvement').notNull().default(''),
  },
  (t) => [index('strategy_actors_strategy_idx').on(t.strategyId, t.position)],
);

/** A format of citizen participation (workshop, survey, Bürgerversammlung), with its date and, if made, its event. */
export const strategyParticipation = pgTable(
  'strategy_participation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    format: text('format').notNull(),
    description: text('description').notNull().default(''),
    startsAt: ts('starts_at'),
    // an event of the events feature made for it; read through its service
    eventId: uuid('event_id'),
  },
  (t) => [index('strategy_participation_strategy_idx').on(t.strategyId, t.position)],
);

export const STRATEGY_STEPS = ['assessment', 'vision', 'fields', 'measures', 'participation', 'publish'] as const;
export type StrategyStep = (typeof STRATEGY_STEPS)[number];

/** A member's comment on one step; a manager marks it resolved. */
export const strategyComments = pgTable(
  'strategy_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    step: text('step').$type<StrategyStep>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    resolvedAt: ts('resolved_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('strategy_comments_strategy_idx').on(t.strategyId, t.step, t.createdAt)],
);
