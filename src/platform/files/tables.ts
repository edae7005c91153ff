import { bigint, check, customType, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../db/tables.ts';

/**
 * Metadata of an uploaded file. The bytes live in the file store under the row's id, never under
 * the name the person gave, which is kept here only for the download's Content-Disposition.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey(),
    originalName: text('original_name').notNull(),
    // detected from the content's first bytes, not taken from the upload's claim
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    // hex; lets an operator verify the stored bytes
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('stored_files_size_check', sql`${t.size} >= 0`)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * The bytes of stored files when the platform runs on a PostgreSQL server: in parts of at most
 * CHUNK_BYTES (byte-stores.ts), numbered from 0. They go with their row.
 */
export const storedFileChunks = pgTable(
  'stored_file_chunks',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);
