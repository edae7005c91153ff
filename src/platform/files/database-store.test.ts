import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { backends, openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { CHUNK_BYTES, folderBytes } from './byte-stores.ts';
import { FILE_TYPES } from './detect.ts';
import { moveStoredFiles, unmovedFilesWarning } from './move-files.ts';
import { createTestRuntime } from '../../testing/harness.ts';
import { createLocalFileStore, fileStoreFor, type FileStore } from './store.ts';

const run = promisify(execFile);

/** A PDF as the store sees one: the signature, then bytes that show where a range went wrong. */
function pdfOf(bytes: number, seed: number): Buffer {
  const content = Buffer.alloc(bytes);
  Buffer.from('%PDF-1.7\n').copy(content);
  for (let i = 9; i < bytes; i++) content[i] = (i * 31 + seed) % 251;
  return content;
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

const put = (store: FileStore, content: Buffer) =>
  store.put(content, { originalName: 'bericht.pdf', createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: 10 * CHUNK_BYTES });

describe('files in PostgreSQL', { skip: !backends.includes('postgres') && 'needs TEST_DATABASE_URL' }, () => {
  let database: TestDatabase;
  let dir: string;
  let store: FileStore;
  const chunkCount = async (id: string) =>
    (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from stored_file_chunks where file_id = ${id}`))[0]!.n;

  before(async () => {
    database = await openTestDatabase('postgres');
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-db-files-'));
    store = fileStoreFor(database, dir);
  });
  after(async () => {
    await database.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps a file as parts in the database, nothing on disk, and sends every range across the parts', async () => {
    assert.equal(store.kind, 'database');
    const content = pdfOf(2 * CHUNK_BYTES + 1234, 7);
    const meta = await put(store, content);
    assert.equal(await chunkCount(meta.id), 3);
    assert.deepEqual(await fs.readdir(dir, { recursive: true }), ['tmp'], 'no bytes on this machine’s disk');
    assert.deepEqual(await bytesOf((await store.get(meta.id))!.stream), content);
    const ranges = [
      [0, 0],
      [CHUNK_BYTES - 5, CHUNK_BYTES + 5],
      [CHUNK_BYTES, CHUNK_BYTES],
      [10, 2 * CHUNK_BYTES + 100],
      [content.length - 1, content.length - 1],
    ] as const;
    for (const [start, end] of ranges) {
      const part = await bytesOf((await store.get(meta.id, { start, end }))!.stream);
      assert.deepEqual(part, content.subarray(start, end + 1), `bytes ${start}-${end}`);
    }
    await store.delete(meta.id);
    assert.equal(await store.info(meta.id), undefined);
    assert.equal(await chunkCount(meta.id), 0, 'the parts go with the row');
  });

  it('writes row and parts together or not at all', async () => {
    const id = '4b000000-0000-4000-8000-00000000bbbb';
    await assert.rejects(
      store.put(pdfOf(CHUNK_BYTES + 10, 1), {
        id,
        originalName: 'a.pdf',
        // an author who does not exist: the row cannot be written
        createdBy: '00000000-0000-4000-8000-000000000000',
        allowedTypes: [FILE_TYPES.pdf],
        maxBytes: 10 * CHUNK_BYTES,
      }),
    );
    assert.equal(await chunkCount(id), 0);
  });

  it('moves the files of the folder into the database and back, checking every byte, and can be run again', async () => {
    const filesDir = path.join(dir, 'umzug');
    const folderStore = createLocalFileStore(database.db, filesDir);
    const first = pdfOf(CHUNK_BYTES + 99, 3);
    const second = pdfOf(500, 4);
    const a = await put(folderStore, first);
    const b = await put(folderStore, second);
    const damaged = await put(folderStore, pdfOf(800, 5));
    const lost = await put(folderStore, pdfOf(600, 6));
    const folder = folderBytes(filesDir);
    await fs.writeFile(path.join(filesDir, damaged.id.slice(0, 2), damaged.id), pdfOf(800, 99));
    await folder.remove(lost.id);
    // the rows of earlier tests are in the same database; only these four are looked at
    const mine = (ids: string[]) => ids.filter((id) => [a.id, b.id, damaged.id, lost.id].includes(id));

    const report = await moveStoredFiles(database, filesDir, 'database');
    assert.equal(report.moved, 2);
    assert.deepEqual(mine(report.damaged), [damaged.id]);
    assert.deepEqual(mine(report.missing), [lost.id]);
    assert.equal(await folder.has(a.id), false, 'moved bytes leave the folder');
    assert.equal(await folder.has(damaged.id), true, 'damaged bytes stay where they are');
    assert.deepEqual(await bytesOf((await store.get(a.id))!.stream), first);
    assert.deepEqual(await bytesOf((await store.get(b.id))!.stream), second);

    const again = await moveStoredFiles(database, filesDir, 'database');
    assert.equal(again.moved, 0);
    assert.ok(again.alreadyThere >= 2);

    const back = await moveStoredFiles(database, filesDir, 'folder');
    assert.ok(back.moved >= 2);
    assert.equal(await chunkCount(a.id), 0);
    assert.deepEqual(await bytesOf((await folderStore.get(a.id))!.stream), first);
  });

  it('is the command line’s move-files, which names the files it could not move', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${database.databaseName}`;
    const env = { PATH: process.env.PATH ?? '', DATABASE_URL: url.toString(), DATA_DIR: path.join(dir, 'cli'), NODE_ENV: 'test' };
    const folderStore = createLocalFileStore(database.db, path.join(dir, 'cli', 'files'));
    const file = await put(folderStore, pdfOf(CHUNK_BYTES * 2, 8));
    const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli.ts'), ...args], { cwd: PROJECT_ROOT, env });
    const failed = await cli(['move-files']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // files of the earlier test are missing from this folder: named, with exit status 1
    assert.equal(failed?.code, 1);
    assert.match(failed.stdout, /Moved 1 file\(s\) from .*cli\/files into the PostgreSQL database /);
    assert.match(failed.stderr, /the bytes are in neither place/);
    assert.deepEqual(await bytesOf((await store.get(file.id))!.stream), pdfOf(CHUNK_BYTES * 2, 8));
    await assert.rejects(cli(['move-files', '--to', 'cloud']), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /--to is either database or folder/);
      return true;
    });
  });

  it('warns at start while files wait in the folder of a server installation, and only then', async () => {
    const filesDir = path.join(dir, 'warnung');
    await fs.mkdir(path.join(filesDir, 'tmp'), { recursive: true });
    await fs.writeFile(path.join(filesDir, 'tmp', 'upload.part'), 'in progress');
    assert.deepEqual(await unmovedFilesWarning({ kind: 'postgres' }, filesDir), [], 'uploads in progress are no left-overs');
    await fs.mkdir(path.join(filesDir, '4b'), { recursive: true });
    await fs.writeFile(path.join(filesDir, '4b', '4b000000-0000-4000-8000-00000000cccc'), pdfOf(100, 1));
    const [warning] = await unmovedFilesWarning({ kind: 'postgres' }, filesDir);
    assert.match(warning ?? '', /1 uploaded file\(s\) are still in .*warnung.*npm run cli -- move-files/);
    assert.deepEqual(await unmovedFilesWarning({ kind: 'pglite' }, filesDir), [], 'the embedded database keeps its files there');

    const rt = await createTestRuntime('postgres');
    try {
      const runtimeFiles = path.join(rt.deps.config.dataDir, 'files', '4b');
      await fs.mkdir(runtimeFiles, { recursive: true });
      await fs.writeFile(path.join(runtimeFiles, '4b000000-0000-4000-8000-00000000dddd'), pdfOf(100, 2));
      assert.ok(
        (await rt.runtime.startupWarnings()).some((w) => w.includes('move-files')),
        'the app says so at start',
      );
    } finally {
      await rt.close();
    }
  });
});
