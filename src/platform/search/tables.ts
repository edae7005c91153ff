import { sql } from 'drizzle-orm';
import { boolean, customType, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One row per findable piece of content, written by the owning feature in the same transaction as
 * the content itself. A copy rather than a view across features, so /suche needs no knowledge of them.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // owning feature and its id for the content; together unique
    feature: text('feature').notNull(),
    refId: text('ref_id').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    url: text('url').notNull(),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    language: text('language').$type<'de' | 'en'>().notNull().default('de'),
    published: boolean('published').notNull().default(false),
    // null: everyone may find it; otherwise only people whose access keys (Feature.searchAccess) include it
    accessKey: text('access_key'),
    publishedAt: ts('published_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    // Weighted so that a title match ranks above a summary match above a body match. The explicit
    // regconfig makes to_tsvector immutable, which a generated column requires.
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('german'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('german'::regconfig, coalesce(body, '')), 'C')`,
      ),
  },
  (t) => [
    uniqueIndex('search_documents_ref_key').on(t.feature, t.refId),
    index('search_documents_vector_idx').using('gin', t.searchVector),
    index('search_documents_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
  ],
);

/**
 * The words of all titles and summaries, lower-cased, for typo tolerance: a mistyped word is matched
 * against this short list by trigrams, and the best word is then searched in full text. Words are
 * only added; a word whose content is gone finds nothing and costs nothing.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
  },
  (t) => [index('search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops'))],
);
