import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { storedFiles } from '../../../platform/files/tables.ts';
import { competitionCalls } from './call-tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** How a question is answered: one line, a longer text, one of given options, or yes/no. */
export const QUESTION_KINDS = ['text', 'longText', 'choice', 'yesNo'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A section of a call's application form; each is one task in the applicant's task list. */
export const competitionFormSections = pgTable(
  'competition_form_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => competitionCalls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    // what the section is about and what the jury looks for, shown above its questions
    intro: text('intro').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_form_sections_call_idx').on(t.callId, t.position)],
);

/** A question of a section, with its help text and the limits of its answer. */
export const competitionQuestions = pgTable(
  'competition_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => competitionFormSections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<QuestionKind>().notNull(),
    label: text('label').notNull(),
    help: text('help').notNull().default(''),
    required: boolean('required').notNull().default(true),
    // characters an answer may have; null: the kind's own limit
    maxLength: integer('max_length'),
    // the choices of a 'choice' question, in order
    options: text('options').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('competition_questions_section_idx').on(t.sectionId, t.position),
    check('competition_questions_max_length_check', sql`${t.maxLength} is null or ${t.maxLength} between 1 and 20000`),
    check('competition_questions_options_check', sql`${t.kind} <> 'choice' or cardinality(${t.options}) >= 2`),
  ],
);

/** What the jury scores, with its weight in the total (a criterion of weight 2 counts twice). */
export const competitionCriteria = pgTable(
  'competition_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => competitionCalls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    weight: integer('weight').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_criteria_call_idx').on(t.callId, t.position), check('competition_criteria_weight_check', sql`${t.weight} between 1 and 100`)],
);

/** A document of the call to download: the call text, guidance, templates. */
export const competitionCallDocuments = pgTable(
  'competition_call_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => competitionCalls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'restrict' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('competition_call_documents_call_idx').on(t.callId, t.position)],
);
