import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

/** The editable legal and service pages (Impressum, Datenschutz, Barrierefreiheit, Kontakt). */
export const contentPages = pgTable('content_pages', {
  slug: text('slug').primaryKey(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
  // plain paragraphs separated by blank lines; rendered escaped
  bodyDe: text('body_de').notNull(),
  bodyEn: text('body_en').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});
