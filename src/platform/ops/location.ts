import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { openDatabase, queryRows, type DatabaseHandle, type Executor } from '../db/client.ts';
import { isDatabaseUnavailable } from '../http/errors.ts';
import { OpsError } from './ops-error.ts';

/** Where the installation's data lives: a PostgreSQL server or an embedded PGlite folder. */
export type DatabaseLocation = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** The same choice `npm start` makes (see createRuntime): DATABASE_URL, else DATA_DIR/pglite. */
export function databaseLocation(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseLocation {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') };
}

export function hasPgliteDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * PGlite takes no lock of its own: a second process opens a folder that is in use and
 * both then write to it, which corrupts the database. While an instance has the folder
 * open it contains postmaster.pid (removed again on a clean close), so that is the sign.
 */
export function assertPgliteNotInUse(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  throw new OpsError(
    [
      `The embedded database in ${dataDir} is in use: ${pidFile} exists.`,
      'Stop the running app (npm start) first; two processes on one PGlite folder corrupt it.',
      'If no app is running (the last one was killed), start and stop it once with `npm start`, or delete that file.',
    ].join('\n'),
  );
}

/** Opens the database the configuration names, with operator-readable errors. */
export async function openLocation(location: DatabaseLocation, poolSize = 2): Promise<DatabaseHandle> {
  if (location.kind === 'pglite') {
    assertPgliteNotInUse(location.dataDir);
    return openDatabase({ dataDir: location.dataDir });
  }
  const handle = await openDatabase({ databaseUrl: location.url, poolSize });
  try {
    await handle.db.execute(sql`select 1`);
  } catch (error) {
    await handle.close();
    throw explainConnectionError(error, location);
  }
  return handle;
}

// Unknown database, wrong password, no pg_hba.conf entry: the operator's to fix, not a bug.
const CONNECT_REFUSED_CODES = new Set(['3D000', '28P01', '28000']);

/** The driver's own error, beneath drizzle's "Failed query" wrapper. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause) current = current.cause;
  return current;
}

export function explainConnectionError(error: unknown, location: DatabaseLocation): unknown {
  const cause = rootCause(error);
  const code = (cause as { code?: unknown } | null)?.code;
  const refused = typeof code === 'string' && CONNECT_REFUSED_CODES.has(code);
  if (!refused && !isDatabaseUnavailable(error)) return error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new OpsError(`Cannot use ${describeLocation(location)}: ${reason}\nIs the server running, and is DATABASE_URL right?`);
}

/** Tables outside PostgreSQL's own schemas; "empty database" means none. */
export async function countTables(db: Executor): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
  );
  return rows[0]?.n ?? 0;
}

/** For messages: names the database without ever showing a password. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'pglite') return `the embedded database in ${location.dataDir}`;
  try {
    const url = new URL(location.url);
    return `the PostgreSQL database "${url.pathname.replace(/^\//, '')}" on ${url.hostname}:${url.port || '5432'}`;
  } catch {
    return 'the PostgreSQL database in DATABASE_URL';
  }
}
