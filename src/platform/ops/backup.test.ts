import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, queryRows, type Database, type DatabaseHandle } from '../db/client.ts';
import { accountTokens, auditLog, formSubmissions, jobs, rateLimits, sessions, settings, users } from '../db/tables.ts';
import { storedFileChunks, storedFiles } from '../files/tables.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, requireServerUrl } from '../testing/test-database.ts';
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
  await db.insert(auditLog).values({
    actorId: anna!.id,
    actorLabel: 'anna@example.org',
    action: 'page.update',
    subjectType: 'content_page',
    subjectId: 'impressum',
    before: { title: 'Alt' },
    after: { title: 'Neu' },
  });
  await db.insert(formSubmissions).values({ id: randomUUID(), resultLocation: '/veranstaltungen/1' });
  await db.insert(rateLimits).values({ key: 'login:127.0.0.1', hits: 4, windowEndsAt: new Date('2026-03-03T00:00:00Z') });
  // an uploaded file as a server keeps it: every byte value, in two parts
  const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
  const [file] = await db
    .insert(storedFiles)
    .values({ id: randomUUID(), originalName: 'Förderaufruf.pdf', contentType: 'application/pdf', size: 512, sha256: 'a'.repeat(64), createdBy: anna!.id })
    .returning();
  await db.insert(storedFileChunks).values([
    { fileId: file!.id, seq: 0, data: bytes.subarray(0, 256) },
    { fileId: file!.id, seq: 1, data: bytes.subarray(256) },
  ]);
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

/** What each backend provides: a migrated source to fill, an empty target, and cleaning up. */
interface Fixture {
  source: DatabaseLocation;
  target: DatabaseLocation;
  file: string;
  /** runs against the open source; for PGlite it is closed again before the backup */
  withSource<T>(run: (db: Database) => Promise<T>): Promise<T>;
  openTarget(): Promise<DatabaseHandle>;
  cleanUp(): Promise<void>;
}

async function pgliteFixture(): Promise<Fixture> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-backup-'));
  const source = path.join(root, 'source', 'pglite');
  const target = path.join(root, 'target', 'pglite');
  return {
    source: { kind: 'pglite', dataDir: source },
    target: { kind: 'pglite', dataDir: target },
    file: path.join(root, 'backup.tar.gz'),
    async withSource(run) {
      const handle = await openDatabase({ dataDir: source });
      try {
        await handle.migrate();
        return await run(handle.db);
      } finally {
        await handle.close();
      }
    },
    openTarget: () => openDatabase({ dataDir: target }),
    cleanUp: () => fs.rm(root, { recursive: true, force: true }),
  };
}

function serverUrlOf(database: string): string {
  const url = new URL(requireServerUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** A migrated clone as the source, kept open during the backup as a running app would. */
async function postgresFixture(): Promise<Fixture> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-backup-'));
  const clone = await openTestDatabase('postgres');
  const targetName = `dk_backup_${randomBytes(6).toString('hex')}`;
  const onServer = async (statement: SQL) => {
    const admin = await openDatabase({ databaseUrl: requireServerUrl(), poolSize: 1 });
    try {
      await admin.db.execute(statement);
    } finally {
      await admin.close();
    }
  };
  await onServer(sql`create database ${sql.identifier(targetName)}`);
  return {
    source: { kind: 'postgres', url: serverUrlOf(clone.databaseName!) },
    target: { kind: 'postgres', url: serverUrlOf(targetName) },
    file: path.join(root, 'backup.dump'),
    withSource: (run) => run(clone.db),
    openTarget: () => openDatabase({ databaseUrl: serverUrlOf(targetName), poolSize: 1 }),
    async cleanUp() {
      await clone.close();
      await onServer(sql`drop database if exists ${sql.identifier(targetName)} with (force)`);
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

eachBackend('backup and restore', (backend) => {
  let fixture: Fixture;
  before(async () => {
    fixture = backend === 'pglite' ? await pgliteFixture() : await postgresFixture();
  });
  after(async () => {
    await fixture?.cleanUp();
  });

  it('gives back every row of every table in an empty database', async () => {
    const expected = await fixture.withSource(async (db) => {
      await insertSampleRows(db);
      return snapshot(db);
    });
    // the comparison below must have something to compare
    for (const table of ['public.users', 'public.jobs', 'public.audit_log', 'public.settings', 'public.stored_file_chunks', 'drizzle.__drizzle_migrations']) {
      assert.ok(rowCount(expected, table) > 0, `${table} has rows before the backup`);
    }

    assert.ok((await backupDatabase(fixture.source, fixture.file)).bytes > 0);
    const restored = await restoreDatabase(fixture.target, fixture.file);
    assert.equal(restored.tables, Object.keys(expected.tables).length);

    const target = await fixture.openTarget();
    try {
      const actual = await snapshot(target.db);
      assert.deepEqual(Object.keys(actual.tables), Object.keys(expected.tables), 'the same tables');
      for (const table of Object.keys(expected.tables)) {
        assert.equal(rowCount(actual, table), rowCount(expected, table), `row count of ${table}`);
        assert.equal(actual.tables[table], expected.tables[table], `contents of ${table}`);
      }
      assert.equal(actual.sequences, expected.sequences, 'sequence positions');
    } finally {
      await target.close();
    }
  });

  it('refuses to restore into a database that has tables', async () => {
    await assert.rejects(restoreDatabase(fixture.target, fixture.file), /already has \d+ tables.*--force/s);
  });

  it('refuses a backup made of the other kind of database', async () => {
    const other = path.join(path.dirname(fixture.file), 'other-kind');
    await fs.writeFile(other, backend === 'pglite' ? 'PGDMP-custom-format' : Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    await assert.rejects(restoreDatabase(fixture.target, other), backend === 'pglite' ? /set DATABASE_URL/ : /unset DATABASE_URL/);
  });
});

describe('backup and restore of the embedded database folder', () => {
  let root: string;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-backup-'));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
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

  it('replaces a full folder only when forced, and keeps the old one beside it', async () => {
    const source = path.join(root, 'a', 'pglite');
    const target = path.join(root, 'b', 'pglite');
    for (const dataDir of [source, target]) {
      const handle = await openDatabase({ dataDir });
      await handle.migrate();
      await handle.close();
    }
    const file = path.join(root, 'a.tar.gz');
    await backupDatabase({ kind: 'pglite', dataDir: source }, file);
    const result = await restoreDatabase({ kind: 'pglite', dataDir: target }, file, { force: true });
    assert.ok(result.keptPrevious, 'the previous folder is named');
    await fs.access(path.join(result.keptPrevious, 'PG_VERSION'));
    await fs.access(path.join(target, 'PG_VERSION'));
  });
});
