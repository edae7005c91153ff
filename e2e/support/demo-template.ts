import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../src/platform/config.ts';
import { PROJECT_ROOT } from '../../src/platform/paths.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { migrationsHash, openTestDatabase } from '../../src/platform/testing/test-database.ts';
import { createRuntime, seedDemoContent } from '../../src/runtime.ts';

/*
 * Every browser test file starts the app with its demo content, and seeding it takes longer
 * than all but the longest journeys. The first server of a run seeds once into a template – the
 * embedded database's dump and the files the demo stored – and every later server starts from
 * a copy of it. The template is made again whenever the source, the migrations or the day
 * change (demo dates are relative to today).
 */

const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'digitale-kommune');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

function templateKey(): string {
  const digest = crypto.createHash('sha256').update(migrationsHash()).update(new Date().toISOString().slice(0, 10));
  for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) digest.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file));
  return digest.digest('hex').slice(0, 16);
}

let building: Promise<string> | undefined;

/** Seeds a fresh database in a folder of its own and keeps its dump and files as the template. */
async function buildTemplate(config: Config): Promise<string> {
  const dir = path.join(CACHE_DIR, `demo-template-${templateKey()}`);
  if (fs.existsSync(path.join(dir, 'db.tar'))) return dir;
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dk-demo-template-'));
  const database = await openTestDatabase('pglite');
  const runtime = await createRuntime({ ...config, dataDir: work }, { database, logger: false, migrate: false });
  try {
    await seedDemoContent(runtime.deps);
    await database.pglite!.query('checkpoint');
    const dump = await database.pglite!.dumpDataDir('none');
    await fs.promises.writeFile(path.join(work, 'db.tar'), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await runtime.close();
  }
  // Two test processes may build at once: each renames its own complete folder, one wins.
  await fs.promises.mkdir(CACHE_DIR, { recursive: true });
  await fs.promises.rename(work, dir).catch(async () => fs.promises.rm(work, { recursive: true, force: true }));
  for (const name of fs.readdirSync(CACHE_DIR)) {
    if (name.startsWith('demo-template-') && path.join(CACHE_DIR, name) !== dir) fs.rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
  }
  return dir;
}

/**
 * The demo's database, seeded, for a server whose data folder is `dataDir`: the stored files are
 * copied there first. Nothing needs seeding afterwards.
 */
export async function openDemoDatabase(config: Config): Promise<DatabaseHandle> {
  building ??= buildTemplate(config);
  const dir = await building.catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  if (fs.existsSync(path.join(dir, 'files'))) await fs.promises.cp(path.join(dir, 'files'), path.join(config.dataDir, 'files'), { recursive: true });
  return openDatabase({ loadDataDir: new Blob([await fs.promises.readFile(path.join(dir, 'db.tar'))]), compact: true });
}
