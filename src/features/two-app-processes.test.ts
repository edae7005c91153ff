import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { hashPassword } from '../platform/auth/password.ts';
import { insertUser } from '../platform/auth/user-repository.ts';
import { queryRows } from '../platform/db/client.ts';
import { PROJECT_ROOT } from '../platform/paths.ts';
import { TestClient } from '../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../platform/testing/multipart-client.ts';
import { hiddenToken } from '../platform/testing/page-parts.ts';
import { remoteApp } from '../platform/testing/remote-app.ts';
import { backends, openTestDatabase, type TestDatabase } from '../platform/testing/test-database.ts';
import { createTestEvent, type TestEvent } from './events/testing/registration-fixtures.ts';
import { freePort } from '../platform/testing/free-port.ts';

const SECRET_KEY = 'the-same-secret-in-every-app-process-0123456789';
const EDITOR = { email: 'redaktion@zwei-prozesse.example', password: 'Zwei-Prozesse-2026' };

interface AppProcess {
  origin: string;
  child: ChildProcess;
  exit: Promise<number | null>;
  output: () => string;
}

/** One app process as `npm start` runs it, on its own port and with its own DATA_DIR. */
async function startApp(databaseUrl: string, dataDir: string): Promise<AppProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SECRET_KEY,
      BASE_URL: 'http://localhost',
      DEMO_CONTENT: '0',
      LOG_LEVEL: 'warn',
      PAGE_CACHE_SECONDS: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${origin}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app process did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, child, exit, output: () => output };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('two app processes on one PostgreSQL, without a shared disk', { skip: !backends.includes('postgres') && 'needs TEST_DATABASE_URL' }, () => {
  let database: TestDatabase;
  let event: TestEvent;
  const apps: AppProcess[] = [];
  const folders: string[] = [];

  before(async () => {
    database = await openTestDatabase('postgres');
    await insertUser(database.db, {
      email: EDITOR.email,
      displayName: 'Rita Redaktion',
      passwordHash: await hashPassword(EDITOR.password),
      siteRole: 'editor',
      emailVerifiedAt: new Date(),
    });
    event = await createTestEvent(database.db, { slug: 'zwei-prozesse', dates: { kiel: { seats: 10, town: 'Kiel' } }, questions: false, worldCafe: false });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${database.databaseName}`;
    for (let i = 0; i < 2; i++) folders.push(fs.mkdtempSync(path.join(os.tmpdir(), `dk-process-${i}-`)));
    apps.push(...(await Promise.all(folders.map((dir) => startApp(url.toString(), dir)))));
  });
  after(async () => {
    for (const app of apps) {
      app.child.kill('SIGTERM');
      assert.equal(await app.exit, 0, app.output());
    }
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
    await database?.close();
  });

  const first = () => apps[0]!;
  const second = () => apps[1]!;
  const client = (app: AppProcess) => new TestClient(remoteApp(app.origin, 'dk_session'));

  it('serves through the second process a picture uploaded through the first, whole and in ranges', async () => {
    const target = remoteApp(first().origin, 'dk_session');
    const editor = new TestClient(target);
    assert.equal((await editor.login(EDITOR.email, EDITOR.password)).statusCode, 303);
    const page = `/verwaltung/veranstaltungen/${event.id}/bild`;
    const content = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2f6f4f' } })
      .png()
      .toBuffer();
    const saved = await submitMultipart(
      target,
      editor,
      await openMultipartForm(editor, page, page),
      { alt: 'Das Kieler Rathaus am Abend' },
      { picture: { name: 'rathaus.png', content } },
    );
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 1000));

    const variants = await queryRows<{ file_id: string; sha256: string; size: number }>(
      database.db,
      sql`select v.file_id, f.sha256, f.size::int as size from picture_variants v
          join events e on e.picture_id = v.picture_id join stored_files f on f.id = v.file_id
          where e.id = ${event.id}`,
    );
    assert.ok(variants.length >= 2, 'the picture and its variants are stored');
    for (const dir of folders)
      assert.deepEqual(
        fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).startsWith('files/') && !String(name).startsWith('files/tmp')),
        [],
      );

    for (const variant of variants) {
      const url = `${second().origin}/veranstaltungen/${event.slug}/bild/${variant.file_id}`;
      const whole = await fetch(url);
      assert.equal(whole.status, 200);
      assert.equal(sha256(Buffer.from(await whole.arrayBuffer())), variant.sha256, 'the same bytes through the other process');
      const part = await fetch(url, { headers: { range: `bytes=10-${variant.size - 1}` } });
      assert.equal(part.status, 206);
      assert.equal(Buffer.from(await part.arrayBuffer()).length, variant.size - 10);
    }
  });

  it('shows a registration made through the first process on the second process’s registrations view at once', async () => {
    const form = `/veranstaltungen/${event.slug}/termine/${event.dates.kiel}/anmeldung`;
    const visitor = client(first());
    const check = await visitor.postForm(
      form,
      {
        salutation: 'frau',
        firstName: 'Wiebke',
        lastName: 'Carstensen',
        email: 'wiebke.carstensen@example.org',
        organisation: 'Amt Schrevenborn',
        role: 'kommune',
        consent: '1',
      },
      { csrfFrom: form },
    );
    assert.equal(check.statusCode, 200, 'the check page');
    const confirmed = await visitor.postForm(`${form}/bestaetigen`, { token: hiddenToken(check.body) });
    assert.ok([200, 303].includes(confirmed.statusCode), `confirmed: ${confirmed.statusCode}`);

    const editor = client(second());
    assert.equal((await editor.login(EDITOR.email, EDITOR.password)).statusCode, 303);
    const view = await editor.get(`/verwaltung/veranstaltungen/${event.id}/termine/${event.dates.kiel}/anmeldungen`);
    assert.equal(view.statusCode, 200);
    assert.match(view.body, /Carstensen/);
    assert.match(view.body, /Amt Schrevenborn/);
  });
});
