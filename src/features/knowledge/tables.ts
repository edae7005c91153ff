import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';
import { storedFiles } from '../../platform/files/tables.ts';
import { pictures } from '../../platform/pictures/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const KNOWLEDGE_TYPES = ['guide', 'document', 'video', 'news', 'faq'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

/** The three steps of the programme's path; an item may belong to none. */
export const KNOWLEDGE_STEPS = ['vernetzen', 'planen', 'umsetzen'] as const;
export type KnowledgeStep = (typeof KNOWLEDGE_STEPS)[number];

export const AUDIENCES = ['verwaltung', 'politik', 'buergerschaft', 'wirtschaft', 'wissenschaft'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Languages a document can be in: German, English and the languages of the north's neighbours and minorities. */
export const DOCUMENT_LANGUAGES = ['de', 'en', 'da', 'nds', 'frr', 'pl', 'uk', 'tr', 'ar'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const KNOWLEDGE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** A guide, document, video, news item or FAQ entry; its texts are Markdown. */
export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<KnowledgeType>().notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    step: text('step').$type<KnowledgeStep>(),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    audiences: text('audiences').array().$type<Audience[]>().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<KnowledgeStatus>().notNull().default('draft'),
    // a future moment at which the sweep publishes an item that is in review
    publishAt: ts('publish_at'),
    publishedAt: ts('published_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    // documents: the stored file, its language and how often the public downloaded it
    fileId: uuid('file_id').references(() => storedFiles.id),
    language: text('language').$type<DocumentLanguage>(),
    downloadCount: integer('download_count').notNull().default(0),
    // videos: an external YouTube/Vimeo address, or a stored file with its captions
    videoUrl: text('video_url'),
    videoFileId: uuid('video_file_id').references(() => storedFiles.id),
    captionsFileId: uuid('captions_file_id').references(() => storedFiles.id),
    // the title picture: at the top of the item's page and on its card in lists
    pictureId: uuid('picture_id').references(() => pictures.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('knowledge_items_slug_key').on(t.slug),
    index('knowledge_items_status_idx').on(t.status, t.type),
    index('knowledge_items_fields_idx').using('gin', t.fieldsOfAction),
  ],
);

/** Pictures uploaded for an item's text; public exactly when their item is published. */
export const knowledgeImages = pgTable(
  'knowledge_images',
  {
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => storedFiles.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    // the text alternative, also written into the Markdown
    alt: text('alt').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('knowledge_images_item_idx').on(t.itemId)],
);
