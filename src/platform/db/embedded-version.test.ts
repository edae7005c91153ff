import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { checkDataFolderVersion, EMBEDDED_POSTGRES_MAJOR, openDatabase, queryRows } from './client.ts';

let root: string;
before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-pg-version-'));
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

it('knows the PostgreSQL major version PGlite embeds, and writes it into a new data folder', async () => {
  const dataDir = path.join(root, 'new');
  const handle = await openDatabase({ dataDir });
  try {
    const [row] = await queryRows<{ server_version: string }>(handle.db, sql`show server_version`);
    assert.equal(row!.server_version.split('.')[0], EMBEDDED_POSTGRES_MAJOR);
  } finally {
    await handle.close();
  }
  assert.equal(fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim(), EMBEDDED_POSTGRES_MAJOR);
  assert.doesNotThrow(() => checkDataFolderVersion(dataDir));
});

it('refuses a data folder of an earlier PostgreSQL with a plain explanation, and leaves it as it was', async () => {
  const dataDir = path.join(root, 'earlier');
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '18\n');
  fs.writeFileSync(path.join(dataDir, 'postgresql.conf'), '# the earlier release’s\n');
  await assert.rejects(openDatabase({ dataDir }), (error: Error) => {
    assert.match(error.message, new RegExp(`made by PostgreSQL 18; this release embeds PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}`));
    assert.match(error.message, /Nothing was changed/);
    return true;
  });
  assert.deepEqual(fs.readdirSync(dataDir).sort(), ['PG_VERSION', 'postgresql.conf']);
});
