import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PROJECT_ROOT } from '../paths.ts';

/** The one database type every repository works with, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; repositories accept either so that callers can compose them. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** for the start-up log line; never contains a password */
  label: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** the PGlite instance, for dumps; undefined for a server */
  pglite?: PGlite;
  /** connections of this process's pool; undefined for the embedded database, which has one */
  pool?: () => PoolUse;
}

export interface PoolUse {
  size: number;
  inUse: number;
  idle: number;
  /** requests waiting for a connection */
  waiting: number;
}

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, 'migrations');

// Fixed key so that app processes starting together migrate one after the other.
const MIGRATION_LOCK_KEY = 715_400_001;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined keeps the database in memory */
  dataDir?: string | undefined;
  /** a PGlite dump to start from (used by the tests' template database) */
  loadDataDir?: Blob | undefined;
  /**
   * Tests only: an embedded database that starts in about 40 % less CPU, since every test
   * file starts dozens. Its write-ahead log comes in 1 MB segments instead of 16 MB (chosen
   * when the database is made, so a dump keeps it) and it has 16 MB of shared buffers
   * instead of 128 MB: less to copy in from a dump, and less memory to set up.
   */
  compact?: boolean;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.loadDataDir, options.compact === true);
}

const COMPACT_EMBEDDED = {
  initDbStartParams: ['--wal-segsize=1'],
  // min_wal_size keeps two segments after a checkpoint instead of the default 80 MB
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'min_wal_size=2MB'],
};

/** The PostgreSQL major version PGlite embeds; src/platform/db/embedded-version.test.ts keeps it true. */
export const EMBEDDED_POSTGRES_MAJOR = '19';

/**
 * A data folder of another PostgreSQL major version (an earlier release of the platform) cannot
 * be opened: say so plainly instead of letting PostgreSQL fail deep inside.
 */
export function checkDataFolderVersion(dataDir: string): void {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!fs.existsSync(versionFile)) return;
  const found = fs.readFileSync(versionFile, 'utf8').trim();
  if (found === EMBEDDED_POSTGRES_MAJOR) return;
  throw new Error(
    `The embedded database in ${dataDir} was made by PostgreSQL ${found}; this release embeds PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}, which cannot open it. ` +
      'Nothing was changed. Keep the folder and go on with the earlier release, or move the folder aside to start afresh (see docs/operations.md, "Upgrading the embedded database").',
  );
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined, compact: boolean): Promise<DatabaseHandle> {
  if (dataDir) {
    checkDataFolderVersion(dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(compact ? COMPACT_EMBEDDED : {}),
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(client) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    label: dataDir ? `embedded PGlite in ${dataDir}` : 'embedded PGlite in memory',
    pglite: client,
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    close: async () => {
      await client.close();
    },
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // fail fast while the server is away, so requests get a 503 instead of hanging
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    // statement_timeout runs on the server; when the network freezes, only a client-side
    // timeout and TCP keepalive notice that no answer is coming.
    query_timeout: 20_000,
    keepAlive: true,
  });
  // An idle client whose server went away emits 'error'; without a listener the process dies.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    label: `PostgreSQL at ${redact(url)}`,
    pool: () => ({ size: poolSize, inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Runs a raw query and returns its rows, hiding the drivers' different result shapes. */
export async function queryRows<T extends Record<string, unknown>>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
