import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { type ByteRange, type ByteStore, databaseBytes, folderBytes } from './byte-stores.ts';
import { detectFileType, type FileType } from './detect.ts';
import { deleteStoredFile, findStoredFile, insertStoredFile, type StoredFileRow } from './repository.ts';

export type { ByteRange };

export interface PutOptions {
  /** the name the person's file had; kept for downloads, never used on disk */
  originalName: string;
  createdBy: string | null;
  /** types this upload may have; the content decides, not the name */
  allowedTypes: readonly FileType[];
  maxBytes: number;
  /** a fixed id instead of a random one, so demo content has stable addresses */
  id?: string;
}

export type StoredFileMeta = StoredFileRow;

export class FileRefusedError extends Error {
  constructor(readonly reason: 'tooLarge' | 'wrongType' | 'empty') {
    super(`file refused: ${reason}`);
  }
}

export interface FileStore {
  /** where the bytes are: a folder (embedded database) or PostgreSQL (a server) */
  readonly kind: ByteStore['kind'];
  /**
   * Stores the bytes and their row, both or neither. Not part of a caller's transaction on purpose:
   * a rolled-back transaction cannot take back bytes on disk. Store first, then reference the id.
   */
  put(source: Readable | Buffer, options: PutOptions): Promise<StoredFileMeta>;
  /** The bytes (or only those of `range`, which the caller has checked against the size) and the row. */
  get(id: string, range?: ByteRange): Promise<{ stream: Readable; meta: StoredFileMeta } | undefined>;
  /** Only the row: type, size and name, e.g. to describe a download before anyone asks for it. */
  info(id: string): Promise<StoredFileMeta | undefined>;
  /** Removes the row, then the bytes: a crash between leaves unreferenced bytes, never a row without them. */
  delete(id: string): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Counts and hashes the bytes passing through and stops the upload at the limit. */
export function meter(maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileRefusedError('tooLarge'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { transform, result: () => ({ size, sha256: hash.digest('hex') }) };
}

/**
 * Uploaded files: the row in stored_files, the bytes in `bytes`. An upload is written to a
 * temporary file in `tmpDir` first (on the app machine's own disk) and kept only once its size
 * and type are checked.
 */
export function createFileStore(db: Database, bytes: ByteStore, tmpDir: string): FileStore {
  const info = async (id: string) => (UUID.test(id) ? findStoredFile(db, id) : undefined);

  async function keep(row: StoredFileRow, tmp: string): Promise<void> {
    if (bytes.transactional) {
      await db.transaction(async (tx) => {
        await insertStoredFile(tx, row);
        await bytes.write(row.id, tmp, tx);
      });
      return;
    }
    await bytes.write(row.id, tmp);
    try {
      await insertStoredFile(db, row);
    } catch (error) {
      await bytes.remove(row.id);
      throw error;
    }
  }

  return {
    kind: bytes.kind,

    async put(source, options) {
      await fs.mkdir(tmpDir, { recursive: true });
      if (options.id !== undefined && !UUID.test(options.id)) throw new Error('file id must be a uuid');
      const id = options.id ?? randomUUID();
      const tmp = path.join(tmpDir, `${id}.part`);
      const { transform, result } = meter(options.maxBytes);
      const out = createWriteStream(tmp, { flags: 'wx' });
      // A refused upload ends the pipeline before the file may even be open; it is removed only
      // once the stream has closed, or the open would create it again after the removal.
      const closed = new Promise<void>((resolve) => out.once('close', resolve));
      try {
        await pipeline(Buffer.isBuffer(source) ? Readable.from([source]) : source, transform, out);
        const { size, sha256 } = result();
        if (size === 0) throw new FileRefusedError('empty');
        const handle = await fs.open(tmp, 'r');
        const type = await detectFileType(handle, size).finally(() => handle.close());
        if (!type || !options.allowedTypes.includes(type)) throw new FileRefusedError('wrongType');
        const row = {
          id,
          originalName: options.originalName.slice(0, 255),
          contentType: type,
          size,
          sha256,
          createdBy: options.createdBy,
          createdAt: new Date(),
        };
        await keep(row, tmp);
        return row;
      } finally {
        out.destroy();
        await closed;
        await fs.rm(tmp, { force: true });
      }
    },

    async get(id, range) {
      const meta = await info(id);
      if (!meta) return undefined;
      return { stream: bytes.read(id, range ?? { start: 0, end: meta.size - 1 }), meta };
    },

    info,

    async delete(id) {
      if (!UUID.test(id)) return;
      if (await deleteStoredFile(db, id)) await bytes.remove(id);
    },
  };
}

/** The temporary files of uploads, below the folder store's files. */
export const tmpDirOf = (filesDir: string) => path.join(filesDir, 'tmp');

/** Files in a local folder (DATA_DIR/files), one per row, named by the row's random id. */
export function createLocalFileStore(db: Database, dir: string): FileStore {
  return createFileStore(db, folderBytes(dir), tmpDirOf(dir));
}

/**
 * The store the platform uses: PostgreSQL when it runs on a server, so that several app machines
 * need no shared disk and a backup holds the files; the folder for the embedded database.
 */
export function fileStoreFor(database: DatabaseHandle, filesDir: string): FileStore {
  if (database.kind === 'pglite') return createLocalFileStore(database.db, filesDir);
  return createFileStore(database.db, databaseBytes(database.db), tmpDirOf(filesDir));
}
