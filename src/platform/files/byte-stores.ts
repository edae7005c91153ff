import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Database, Executor } from '../db/client.ts';
import { deleteChunks, findChunk, hasChunks, insertChunk } from './chunk-repository.ts';

/** Inclusive byte positions, as HTTP Range requests name them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where the bytes of stored files are kept, under the id of their row in stored_files. The row
 * is the file store's business; this only keeps, reads and removes bytes.
 */
export interface ByteStore {
  readonly kind: 'folder' | 'database';
  /** true when the bytes are written in the same transaction as the row (all or nothing) */
  readonly transactional: boolean;
  /**
   * Keeps the bytes of `file` (a checked temporary file in the store's folder for temporary
   * files) under `id`; never replaces bytes already kept.
   */
  write(id: string, file: string, tx?: Executor): Promise<void>;
  /** The bytes of `range` (the whole file is 0 to size - 1), which the caller has checked against the size. */
  read(id: string, range: ByteRange): Readable;
  has(id: string): Promise<boolean>;
  remove(id: string): Promise<void>;
}

/** A folder (DATA_DIR/files) for the embedded database: one file per row, in folders by the id's first two characters. */
export function folderBytes(dir: string): ByteStore {
  const pathOf = (id: string) => path.join(dir, id.slice(0, 2), id);
  return {
    kind: 'folder',
    transactional: false,
    async write(id, file) {
      const final = pathOf(id);
      await fs.mkdir(path.dirname(final), { recursive: true });
      // A link, unlike a rename, never replaces bytes already there (a fixed id given twice).
      await fs.link(file, final);
    },
    read: (id, range) => createReadStream(pathOf(id), { start: range.start, end: range.end }),
    has: async (id) =>
      fs.access(pathOf(id)).then(
        () => true,
        () => false,
      ),
    remove: (id) => fs.rm(pathOf(id), { force: true }),
  };
}

/** Large enough that a 25 MB video is a hundred rows, small enough that no read holds much memory. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * PostgreSQL, when the platform runs on a server: every app machine reads the same files without
 * a shared disk, and a pg_dump backup holds them. Files are rows of CHUNK_BYTES, read one at a
 * time as the answer is sent.
 */
export function databaseBytes(db: Database): ByteStore {
  async function* chunks(id: string, range: ByteRange): AsyncGenerator<Buffer> {
    const first = Math.floor(range.start / CHUNK_BYTES);
    const last = Math.floor(range.end / CHUNK_BYTES);
    for (let seq = first; seq <= last; seq++) {
      const chunk = await findChunk(db, id, seq);
      // e.g. files not yet moved from the folder (npm run cli -- move-files)
      if (!chunk) throw new Error(`stored file ${id}: part ${seq} is missing`);
      const from = seq === first ? range.start - seq * CHUNK_BYTES : 0;
      const to = seq === last ? range.end - seq * CHUNK_BYTES + 1 : chunk.length;
      yield chunk.subarray(from, to);
    }
  }
  return {
    kind: 'database',
    transactional: true,
    async write(id, file, tx = db) {
      const handle = await fs.open(file, 'r');
      try {
        for (let seq = 0; ; seq++) {
          const buffer = Buffer.alloc(CHUNK_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, seq * CHUNK_BYTES);
          if (bytesRead === 0) break;
          await insertChunk(tx, id, seq, buffer.subarray(0, bytesRead));
          if (bytesRead < CHUNK_BYTES) break;
        }
      } finally {
        await handle.close();
      }
    },
    read: (id, range) => Readable.from(chunks(id, range)),
    has: (id) => hasChunks(db, id),
    remove: (id) => deleteChunks(db, id),
  };
}
