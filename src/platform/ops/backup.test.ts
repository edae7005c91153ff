import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../db/client.ts';
import { accountTokens, auditLog, formSubmissions, jobs, rateLimits, sessions, settings, users } from '../db/tables.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import type { DatabaseLocation } from './location.ts';

/** Rows of many shapes: umlauts, nested JSON, nulls, foreign keys, microsecond timestamps. */
async function insertSampleRows(db: Database): Promise<void> {
  const [anna, bernd] = await db
    .insert(users)
    .values([
      { email: 'anna@example.org', displayName: 'Anna Jürgensen', siteRole: 'admin', emailVerifiedAt: new Date('2026-03-01T10:00:00Z') },
      { email: 'bernd@example.org', displayName: 'Bernd Ößel', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y', locale: 'en' },
    ])
    .returning();
  await db.insert(sessions).values({ idHash: 'session-hash', userId: anna!.id, expiresAt: new Date('2026-04-01T00:00:00Z') });
  await db.insert(accountTokens).values({ tokenHash: 'token-hash', userId: bernd!.id, purpose: 'verify-email', expiresAt: new Date('2026-04-02T00:00:00Z') });
  await db.insert(settings).values({ key: 'site', value: { siteName: 'Modellkommunen Schleswig-Holstein', demo: false } });
  await db.insert(jobs).values([
    { kind: 'mail.send', payload: { to: 'anna@example.org', subject: 'Grüße', nested: { list: [1, 2, 3] } }, dedupeKey: 'mail:1' },
    { kind: 'mail.send', payload: { to: 'bernd@example.org' }, attempts: 3, lastError: 'SMTP 451', failedAt: new Date('2026-03-02T08:00:00Z') },
  ]);
  await db.insert(auditLog).values({ actorId: anna!.id, actorLabel: 'anna@example.org', action: 'page.update', subjectType: 'content_page', subjectId: 'impressum', before: { title: 'Alt' }, after: { title: 'Neu' } });
  await db.insert(formSubmissions).values({ id: randomUUID(), resultLocation: '/veranstaltungen/1' });
  await db.insert(rateLimits).values({ key: 'login:127.0.0.1', hits: 4, windowEndsAt: new Date('2026-03-03T00:00:00Z') });
}

interface Snapshot {
  tables: Record<string, string>;
  sequences: string;
}

/** Every row of every table (and every sequence's position) as text, in a stable order. */
async function snapshot(db: Database): Promise<Snapshot> {
  const names = await queryRows<{ schemaname: string; tablename: string }>(
    db,
    sql`select schemaname, tablename from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  );
  const tables: Record<string, string> = {};
  for (const { schemaname, tablename } of names) {
    const [row] = await queryRows<{ rows: string }>(
      db,
      sql`select coalesce(json_agg(t order by t::text), '[]')::text as rows from ${sql.identifier(schemaname)}.${sql.identifier(tablename)} t`,
    );
    tables[`${schemaname}.${tablename}`] = row!.rows;
  }
  const [seq] = await queryRows<{ rows: string }>(
    db,
    sql`select coalesce(json_agg(s order by s.schemaname, s.sequencename), '[]')::text as rows from (select schemaname, sequencename, last_value from pg_sequences) s`,
  );
  return { tables, sequences: seq!.rows };
}

function rowCount(snap: Snapshot, table: string): number {
  return (JSON.parse(snap.tables[table] ?? '[]') as unknown[]).length;
}

/** Fills the source, backs it up, restores into the empty target, and compares everything. */
async function assertRoundTrip(source: DatabaseLocation, target: DatabaseLocation, file: string): Promise<void> {
  const sourceDb = await openDatabase(source.kind === 'postgres' ? { databaseUrl: source.url } : { dataDir: source.dataDir });
  let expected: Snapshot;
  try {
    await sourceDb.migrate();
    await insertSampleRows(sourceDb.db);
    expected = await snapshot(sourceDb.db);
  } finally {
    await sourceDb.close();
  }
  // the comparison below must have something to compare
  for (const table of ['public.users', 'public.jobs', 'public.audit_log', 'public.settings', 'drizzle.__drizzle_migrations']) {
    assert.ok(rowCount(expected, table) > 0, `${table} has rows before the backup`);
  }

  const written = await backupDatabase(source, file);
  assert.ok(written.bytes > 0);
  const restored = await restoreDatabase(target, file);
  assert.equal(restored.tables, Object.keys(expected.tables).length);

  const targetDb = await openDatabase(target.kind === 'postgres' ? { databaseUrl: target.url } : { dataDir: target.dataDir });
  try {
    const actual = await snapshot(targetDb.db);
    assert.deepEqual(Object.keys(actual.tables), Object.keys(expected.tables), 'the same tables');
    for (const table of Object.keys(expected.tables)) {
      assert.equal(rowCount(actual, table), rowCount(expected, table), `row count of ${table}`);
      assert.equal(actual.tables[table], expected.tables[table], `contents of ${table}`);
    }
    assert.equal(actual.sequences, expected.sequences, 'sequence positions');
  } finally {
    await targetDb.close();
  }

  await assert.rejects(restoreDatabase(target, file), /already has \d+ tables.*--force/s, 'a second restore into the now full database is refused');
}

describe('backup and restore: embedded PGlite', () => {
  let root: string;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-backup-'));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('gives back every row of every table in an empty data folder', async () => {
    await assertRoundTrip(
      { kind: 'pglite', dataDir: path.join(root, 'source', 'pglite') },
      { kind: 'pglite', dataDir: path.join(root, 'target', 'pglite') },
      path.join(root, 'backup.tar.gz'),
    );
  });

  it('refuses to back up a folder another process has open', async () => {
    const dataDir = path.join(root, 'busy', 'pglite');
    const running = await openDatabase({ dataDir });
    try {
      await assert.rejects(backupDatabase({ kind: 'pglite', dataDir }, path.join(root, 'busy.tar.gz')), /is in use.*Stop the running app/s);
    } finally {
      await running.close();
    }
  });

  it('keeps the replaced folder when forced', async () => {
    const target: DatabaseLocation = { kind: 'pglite', dataDir: path.join(root, 'target', 'pglite') };
    const result = await restoreDatabase(target, path.join(root, 'backup.tar.gz'), { force: true });
    assert.ok(result.keptPrevious, 'the previous folder is named');
    await fs.access(path.join(result.keptPrevious, 'PG_VERSION'));
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe('backup and restore: PostgreSQL server', { skip: serverUrl ? false : 'TEST_DATABASE_URL is not set' }, () => {
  const suffix = randomBytes(4).toString('hex');
  const names = { source: `dk_backup_${suffix}_source`, target: `dk_backup_${suffix}_target` };
  const urlOf = (name: string) => {
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  let root: string;

  async function onServer(run: (db: Database) => Promise<unknown>): Promise<void> {
    const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
    try {
      await run(admin.db);
    } finally {
      await admin.close();
    }
  }

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-backup-'));
    await onServer(async (db) => {
      for (const name of Object.values(names)) await db.execute(sql`create database ${sql.identifier(name)}`);
    });
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await onServer(async (db) => {
      for (const name of Object.values(names)) await db.execute(sql`drop database if exists ${sql.identifier(name)} with (force)`);
    });
  });

  it('gives back every row of every table in an empty database', async () => {
    await assertRoundTrip(
      { kind: 'postgres', url: urlOf(names.source) },
      { kind: 'postgres', url: urlOf(names.target) },
      path.join(root, 'backup.dump'),
    );
  });

  it('refuses a backup of the embedded database', async () => {
    const file = path.join(root, 'embedded.tar.gz');
    await fs.writeFile(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    await assert.rejects(restoreDatabase({ kind: 'postgres', url: urlOf(names.target) }, file), /backup of the embedded database/);
  });
});
