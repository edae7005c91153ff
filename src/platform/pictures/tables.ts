import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../db/tables.ts';
import { storedFiles } from '../files/tables.ts';

export const PICTURE_FORMATS = ['webp', 'jpeg'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

/**
 * A picture shown on a page: its text alternative and its size, which the page reserves before
 * the picture arrives. The upload itself is not kept (it may carry the camera's location), only
 * the variants made from it.
 */
export const pictures = pgTable(
  'pictures',
  {
    id: uuid('id').primaryKey(),
    // what the picture shows, for people who cannot see it
    alt: text('alt').notNull(),
    // of the largest variant, turned upright
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('pictures_size_check', sql`${t.width} > 0 and ${t.height} > 0`)],
);

/** One size of a picture in one format, stored in the file store. */
export const pictureVariants = pgTable(
  'picture_variants',
  {
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => storedFiles.id),
    pictureId: uuid('picture_id')
      .notNull()
      .references(() => pictures.id, { onDelete: 'cascade' }),
    format: text('format').$type<PictureFormat>().notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
  },
  // also the index by picture: it leads with the picture
  (t) => [uniqueIndex('picture_variants_size_key').on(t.pictureId, t.format, t.width)],
);
