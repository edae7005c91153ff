import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/client.ts';
import { assertPgliteNotInUse, countTables, describeLocation, hasPgliteDatabase, openLocation, type DatabaseLocation } from './location.ts';
import { OpsError } from './ops-error.ts';
import { libpqConnection, runPgTool } from './pg-tools.ts';

/**
 * Backups in the database's own format: pg_dump's custom format for a PostgreSQL server,
 * a gzipped tarball of the data folder for embedded PGlite. Each is restored into an
 * empty database of the same kind; the app migrates it forward on its next start.
 */
export interface BackupResult {
  file: string;
  bytes: number;
}

export interface RestoreResult {
  tables: number;
  /** where the replaced embedded database was kept (PGlite with --force only) */
  keptPrevious?: string | undefined;
}

type BackupFormat = 'pg_dump' | 'pglite' | 'unknown';

async function detectFormat(file: string): Promise<BackupFormat> {
  const handle = await fs.open(file, 'r').catch(() => {
    throw new OpsError(`Cannot read the backup file ${file}.`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    return 'unknown';
  } finally {
    await handle.close();
  }
}

const FORMAT_NAME: Record<BackupFormat, string> = {
  pg_dump: 'a PostgreSQL server backup (pg_dump custom format); set DATABASE_URL to restore it into a server',
  pglite: 'a backup of the embedded database (PGlite); unset DATABASE_URL to restore it into DATA_DIR',
  unknown: 'not a backup made by this CLI',
};

/** Writes to a temporary name first, so that a failed backup never leaves half a file behind. */
async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<BackupResult> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.partial-${process.pid}`;
  try {
    await write(temporary);
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
  return { file, bytes: (await fs.stat(file)).size };
}

export async function backupDatabase(location: DatabaseLocation, file: string): Promise<BackupResult> {
  if (location.kind === 'postgres') {
    const { dbname, env } = libpqConnection(location.url);
    return writeAtomically(file, (temporary) => runPgTool('pg_dump', ['--format=custom', '--no-password', `--file=${temporary}`, `--dbname=${dbname}`], env));
  }
  if (!hasPgliteDatabase(location.dataDir)) {
    throw new OpsError(`There is no embedded database in ${location.dataDir}: nothing to back up. Check DATA_DIR.`);
  }
  const handle = await openLocation(location);
  try {
    const dump = await handle.pglite!.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    return await writeAtomically(file, (temporary) => fs.writeFile(temporary, bytes));
  } finally {
    await handle.close();
  }
}

function refuseNonEmpty(where: string, tables: number): OpsError {
  return new OpsError(
    `${where[0]!.toUpperCase()}${where.slice(1)} already has ${tables} tables. Restore only into an empty database, or pass --force to replace what the backup contains.`,
  );
}

export async function restoreDatabase(location: DatabaseLocation, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const format = await detectFormat(file);
  const expected: BackupFormat = location.kind === 'postgres' ? 'pg_dump' : 'pglite';
  if (format !== expected) throw new OpsError(`${file} is ${FORMAT_NAME[format]}.`);
  return location.kind === 'postgres'
    ? restorePostgres(location.url, file, options.force ?? false)
    : restorePglite(location.dataDir, file, options.force ?? false);
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<RestoreResult> {
  const location: DatabaseLocation = { kind: 'postgres', url };
  const target = await openLocation(location);
  try {
    const before = await countTables(target.db);
    if (before > 0 && !force) throw refuseNonEmpty(describeLocation(location), before);
    const { dbname, env } = libpqConnection(url);
    await runPgTool(
      'pg_restore',
      [
        '--no-password',
        // owners and grants of the source server need not exist on the target
        '--no-owner',
        '--no-privileges',
        // all or nothing: a failed restore leaves the target as it was
        '--single-transaction',
        '--exit-on-error',
        ...(force ? ['--clean', '--if-exists'] : []),
        `--dbname=${dbname}`,
        file,
      ],
      env,
    );
    return { tables: await countTables(target.db) };
  } finally {
    await target.close();
  }
}

/**
 * PGlite loads a tarball only into a folder without a database, so the backup is unpacked
 * next to the target and moved into place once it has opened cleanly.
 */
async function restorePglite(dataDir: string, file: string, force: boolean): Promise<RestoreResult> {
  let replacedTables = 0;
  if (existsSync(dataDir)) {
    assertPgliteNotInUse(dataDir);
    if (hasPgliteDatabase(dataDir)) {
      const current = await openDatabase({ dataDir });
      try {
        replacedTables = await countTables(current.db);
      } finally {
        await current.close();
      }
      if (replacedTables > 0 && !force) throw refuseNonEmpty(describeLocation({ kind: 'pglite', dataDir }), replacedTables);
    } else if ((await fs.readdir(dataDir)).length > 0 && !force) {
      throw new OpsError(`${dataDir} is not empty but holds no database. Move it away, or pass --force.`);
    }
  }

  const unpacked = `${dataDir}.restoring-${process.pid}`;
  await fs.rm(unpacked, { recursive: true, force: true });
  let tables: number;
  try {
    const restored = await openDatabase({ dataDir: unpacked, loadDataDir: new Blob([await fs.readFile(file)]) });
    try {
      tables = await countTables(restored.db);
    } finally {
      await restored.close();
    }
  } catch (error) {
    await fs.rm(unpacked, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new OpsError(`${file} could not be loaded as an embedded database: ${reason}`);
  }

  let keptPrevious: string | undefined;
  if (replacedTables > 0) {
    // --force: keep what was there, in case the wrong file was restored
    keptPrevious = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(dataDir, keptPrevious);
  } else {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  await fs.rename(unpacked, dataDir);
  return { tables, keptPrevious };
}
