import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_FOLDER, openDatabase, type DatabaseHandle } from '../db/client.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { inCI } from './ci.ts';

/**
 * Fresh databases for tests. Migrating takes seconds, so the migrations run once into a
 * template (per migrations content) and every test gets a clone of it, which is fast.
 */
export type Backend = 'pglite' | 'postgres';

const serverUrl = process.env.TEST_DATABASE_URL || undefined;

/**
 * PGlite always; the PostgreSQL server as well when TEST_DATABASE_URL names one. In CI the
 * PostgreSQL suites are always there, so that a missing URL fails them instead of leaving them out.
 */
export const backends: Backend[] = serverUrl || inCI ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** the cloned database on the server; undefined for PGlite */
  databaseName?: string;
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  return backend === 'pglite' ? openPgliteClone() : openPostgresClone();
}

const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'digitale-kommune');

function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesBelow(full) : [full];
    })
    .sort();
}

let cachedHash: string | undefined;

/**
 * Changes whenever a migration is added or edited, or PGlite changes (a data folder of one
 * PostgreSQL version does not open in another), which makes every template stale.
 */
export function migrationsHash(): string {
  if (cachedHash) return cachedHash;
  const digest = crypto.createHash('sha256');
  digest.update(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'))).update('\0');
  // the embedded template's own settings (openDatabase's `compact`)
  digest.update('compact 1').update('\0');
  for (const file of filesBelow(MIGRATIONS_FOLDER)) {
    digest.update(path.relative(MIGRATIONS_FOLDER, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  cachedHash = digest.digest('hex').slice(0, 16);
  return cachedHash;
}

// ---------------------------------------------------------------------------------------
// PGlite: the template is a dump of a migrated in-memory database, cached on disk.

let pgliteTemplate: Promise<Blob> | undefined;

async function buildPgliteTemplate(): Promise<Blob> {
  const file = path.join(CACHE_DIR, `pglite-template-${migrationsHash()}.tar`);
  if (fs.existsSync(file)) return new Blob([await fs.promises.readFile(file)]);
  const handle = await openDatabase({ compact: true });
  try {
    await handle.migrate();
    // Recycles the write-ahead log the migrations filled, so the dump carries no more of it than it needs.
    await handle.pglite!.query('checkpoint');
    const dump = await handle.pglite!.dumpDataDir('none');
    const bytes = Buffer.from(await dump.arrayBuffer());
    // Several test processes may build it at the same moment: each writes its own file and
    // the rename makes one of them win whole, so nobody ever reads half a tarball.
    await fs.promises.mkdir(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    await fs.promises.writeFile(temporary, bytes);
    await fs.promises.rename(temporary, file);
    removeStaleTemplateFiles(path.basename(file));
    return new Blob([bytes]);
  } finally {
    await handle.close();
  }
}

function removeStaleTemplateFiles(current: string): void {
  for (const name of fs.readdirSync(CACHE_DIR)) {
    if (name.startsWith('pglite-template-') && name.endsWith('.tar') && name !== current) {
      fs.rmSync(path.join(CACHE_DIR, name), { force: true });
    }
  }
}

async function openPgliteClone(): Promise<TestDatabase> {
  pgliteTemplate ??= buildPgliteTemplate();
  // A failed build must not stay cached, or every later test would report the same error.
  const blob = await pgliteTemplate.catch((error: unknown) => {
    pgliteTemplate = undefined;
    throw error;
  });
  return openDatabase({ loadDataDir: blob, compact: true });
}

// ---------------------------------------------------------------------------------------
// PostgreSQL: a template database on the server; CREATE DATABASE ... TEMPLATE copies it.

// Serialises template builds of all test processes on the server (any fixed number works).
const TEMPLATE_LOCK_KEY = 715_400_099;
// A clone whose test process died is dropped by a later run once it is this old.
const ORPHAN_AGE_MS = 60 * 60 * 1000;

let adminPool: pg.Pool | undefined;
let postgresTemplate: Promise<string> | undefined;

/** The PostgreSQL server's URL; throws with the reason when it is missing (in CI: always required). */
export function requireServerUrl(): string {
  if (!serverUrl) {
    throw new Error(`the postgres backend needs TEST_DATABASE_URL${inCI ? ' (required when CI is set)' : ''}`);
  }
  return serverUrl;
}

function admin(): pg.Pool {
  // allowExitOnIdle: an idle admin connection must not keep a finished test process alive.
  adminPool ??= new pg.Pool({ connectionString: requireServerUrl(), max: 2, allowExitOnIdle: true });
  return adminPool;
}

function urlOf(database: string): string {
  const url = new URL(requireServerUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

// Database names are made here from hex digits only; quoting is still cheap insurance.
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function buildPostgresTemplate(): Promise<string> {
  const name = `dk_tpl_${migrationsHash()}`;
  const client = await admin().connect();
  try {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (existing.rowCount === 0) {
        // Built under another name and renamed when complete: a crash mid-way leaves no
        // half-migrated template that later runs would trust.
        const building = `${name}_building`;
        await client.query(`drop database if exists ${ident(building)}`);
        await client.query(`create database ${ident(building)}`);
        const handle = await openDatabase({ databaseUrl: urlOf(building), poolSize: 1 });
        try {
          await handle.migrate();
        } finally {
          await handle.close();
        }
        await client.query(`alter database ${ident(building)} rename to ${ident(name)}`);
        // No connections allowed: CREATE DATABASE ... TEMPLATE fails while anyone is connected.
        await client.query(`alter database ${ident(name)} with is_template true allow_connections false`);
        await dropStaleTemplates(client, name);
      }
      await dropOrphanedClones(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
  return name;
}

async function dropStaleTemplates(client: pg.PoolClient, current: string): Promise<void> {
  const stale = await client.query<{ datname: string }>(
    `select datname from pg_database where datname like 'dk\\_tpl\\_%' and datname <> $1 and datname not like '%\\_building'`,
    [current],
  );
  for (const { datname } of stale.rows) {
    try {
      await client.query(`alter database ${ident(datname)} with is_template false`);
      await client.query(`drop database ${ident(datname)}`);
    } catch {
      // Someone is cloning it right now (an older checkout); a later run drops it.
    }
  }
}

/** Clone names carry their creation time, so that clones of crashed processes can be found. */
function cloneName(): string {
  return `dk_test_${Date.now().toString(36)}_${crypto.randomBytes(6).toString('hex')}`;
}

async function dropOrphanedClones(client: pg.PoolClient): Promise<void> {
  const clones = await client.query<{ datname: string }>(`select datname from pg_database where datname like 'dk\\_test\\_%'`);
  for (const { datname } of clones.rows) {
    const created = parseInt(datname.split('_')[2] ?? '', 36);
    if (!Number.isFinite(created) || Date.now() - created < ORPHAN_AGE_MS) continue;
    await client.query(`drop database if exists ${ident(datname)} with (force)`).catch(() => undefined);
  }
}

async function openPostgresClone(): Promise<TestDatabase> {
  postgresTemplate ??= buildPostgresTemplate();
  const template = await postgresTemplate.catch((error: unknown) => {
    postgresTemplate = undefined;
    throw error;
  });
  const name = cloneName();
  await admin().query(`create database ${ident(name)} template ${ident(template)}`);
  const handle = await openDatabase({ databaseUrl: urlOf(name), poolSize: 5 });
  return {
    ...handle,
    databaseName: name,
    close: async () => {
      await handle.close();
      await admin().query(`drop database if exists ${ident(name)} with (force)`);
    },
  };
}
