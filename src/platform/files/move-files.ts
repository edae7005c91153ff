import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { type ByteStore, databaseBytes, folderBytes } from './byte-stores.ts';
import { listStoredFiles } from './repository.ts';
import { meter, tmpDirOf } from './store.ts';

export interface MoveReport {
  moved: number;
  /** already in the target store, e.g. from an earlier run that was interrupted */
  alreadyThere: number;
  /** rows whose bytes are in neither store */
  missing: string[];
  /** rows whose bytes in the source do not match the row's size and SHA-256; left where they are */
  damaged: string[];
}

/**
 * Moves the bytes of every stored file from one store to the other, e.g. into PostgreSQL when
 * an installation leaves the embedded database. Each file is checked against its row's size
 * and SHA-256 before it is written, written all at once (a transaction or a link), and only
 * then removed from the source, so that an interrupted run can simply be started again.
 */
export async function moveFiles(
  db: Database,
  from: ByteStore,
  to: ByteStore,
  tmpDir: string,
  progress: (id: string) => void = () => undefined,
): Promise<MoveReport> {
  const report: MoveReport = { moved: 0, alreadyThere: 0, missing: [], damaged: [] };
  await fs.mkdir(tmpDir, { recursive: true });
  for (const row of await listStoredFiles(db)) {
    if (await to.has(row.id)) {
      report.alreadyThere++;
      await from.remove(row.id);
      continue;
    }
    if (!(await from.has(row.id))) {
      report.missing.push(row.id);
      continue;
    }
    const tmp = path.join(tmpDir, `${row.id}.move`);
    try {
      const { transform, result } = meter(Number.POSITIVE_INFINITY);
      const read = await pipeline(from.read(row.id, { start: 0, end: row.size - 1 }), transform, createWriteStream(tmp)).then(
        () => result(),
        // a part missing in the source: the same as bytes that do not match
        () => undefined,
      );
      if (read?.size !== row.size || read.sha256 !== row.sha256) {
        report.damaged.push(row.id);
        continue;
      }
      if (to.transactional) await db.transaction((tx) => to.write(row.id, tmp, tx));
      else await to.write(row.id, tmp);
      await from.remove(row.id);
      report.moved++;
      progress(row.id);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
  return report;
}

/**
 * Moves every file into `to`: 'database' when an installation on a PostgreSQL server still has
 * its files in DATA_DIR/files (from before files were kept in the database), 'folder' to take
 * them out again, e.g. before moving to the embedded database.
 */
export async function moveStoredFiles(database: DatabaseHandle, filesDir: string, to: 'database' | 'folder'): Promise<MoveReport> {
  const folder = folderBytes(filesDir);
  const server = databaseBytes(database.db);
  const [source, target] = to === 'database' ? [folder, server] : [server, folder];
  return moveFiles(database.db, source, target, tmpDirOf(filesDir));
}

/** Files still in the folder (uploads in progress aside): on a server, files that move-files has not moved yet. */
export async function countFilesInFolder(filesDir: string): Promise<number> {
  const entries = await fs.readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const tmp = tmpDirOf(filesDir);
  return entries.filter((e) => e.isFile() && e.parentPath !== tmp && !e.parentPath.startsWith(`${tmp}${path.sep}`)).length;
}

/**
 * What an operator must hear at start when the platform runs on a server and DATA_DIR/files
 * still holds files: they are served from the database only, so until they are moved their
 * downloads fail.
 */
export async function unmovedFilesWarning(database: Pick<DatabaseHandle, 'kind'>, filesDir: string): Promise<string[]> {
  if (database.kind !== 'postgres') return [];
  const count = await countFilesInFolder(filesDir);
  if (count === 0) return [];
  return [
    `${count} uploaded file(s) are still in ${filesDir}, but with DATABASE_URL files are served from PostgreSQL: their downloads fail until you run \`npm run cli -- move-files\` (the app may keep running).`,
  ];
}
