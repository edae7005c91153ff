import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

/**
 * Every save of a record's texts, numbered from 1 per record. The record is the owning
 * feature's: record_key names its kind (e.g. 'knowledge-item', 'solution'), record_id its row,
 * both opaque to the engine. There is no foreign key to the record, so the owner forgets the
 * versions when it deletes the record (forgetVersions). The texts are kept by field name, so
 * each owner versions the fields it has without a table of its own.
 */
export const recordVersions = pgTable(
  'record_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordKey: text('record_key').notNull(),
    recordId: uuid('record_id').notNull(),
    number: integer('number').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('record_versions_record_number_key').on(t.recordKey, t.recordId, t.number)],
);
