import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import fastifyMultipart from '@fastify/multipart';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { queryRows } from '../db/client.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { detectFromHead, FILE_TYPES } from './detect.ts';
import {
  contentDisposition,
  fileStoreFor,
  FileRefusedError,
  fileTypeLabel,
  formatFileSize,
  parseRange,
  receiveForm,
  receiveUpload,
  sendStoredFile,
  type FileStore,
} from './index.ts';

/** A zip with stored (uncompressed) entries, enough for type detection. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const SAMPLES: [string, Buffer, string][] = [
  ['pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), FILE_TYPES.pdf],
  ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), FILE_TYPES.png],
  ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), FILE_TYPES.jpeg],
  ['webp', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), FILE_TYPES.webp],
  ['mp4', Buffer.from('\x00\x00\x00\x18ftypmp42', 'latin1'), FILE_TYPES.mp4],
  ['webm', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86]), FILE_TYPES.webm],
  ['vtt', Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo'), FILE_TYPES.vtt],
  ['odt', zip({ mimetype: FILE_TYPES.odt, 'content.xml': '<office:document/>' }), FILE_TYPES.odt],
  ['docx', zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), FILE_TYPES.docx],
  ['xlsx', zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), FILE_TYPES.xlsx],
];
const ALL_TYPES = Object.values(FILE_TYPES);
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');

it('tells types from their first bytes, not from names', () => {
  assert.equal(detectFromHead(HTML), undefined);
  assert.equal(detectFromHead(Buffer.from('WEBVTTX')), undefined);
  assert.equal(detectFromHead(Buffer.from('%PDF-1.4')), FILE_TYPES.pdf);
});

it('writes RFC 5987 file names', () => {
  assert.equal(
    contentDisposition('attachment', 'Förder "Antrag".pdf'),
    `attachment; filename="F_rder _Antrag_.pdf"; filename*=UTF-8''F%C3%B6rder%20%22Antrag%22.pdf`,
  );
});

it('reads one byte range of a Range header and ignores what it cannot serve', () => {
  assert.deepEqual(parseRange('bytes=0-99', 1000), { start: 0, end: 99 });
  assert.deepEqual(parseRange('bytes=900-', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=900-5000', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=-100', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=-5000', 1000), { start: 0, end: 999 });
  assert.equal(parseRange('bytes=1000-', 1000), 'unsatisfiable');
  assert.equal(parseRange('bytes=-0', 1000), 'unsatisfiable');
  for (const ignored of [undefined, '', 'bytes=-', 'bytes=5-1', 'bytes=0-1,5-9', 'items=0-1', 'bytes=a-b'])
    assert.equal(parseRange(ignored, 1000), undefined, String(ignored));
});

it('names types and sizes as people read them', () => {
  assert.equal(fileTypeLabel(FILE_TYPES.pdf), 'PDF');
  assert.equal(formatFileSize('de', 1_258_291), '1,2 MB');
  assert.equal(formatFileSize('en', 1_258_291), '1.2 MB');
  assert.equal(formatFileSize('de', 512), '512 B');
});

function multipart(name: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----dk-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBericht\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

eachBackend('file store', (backend) => {
  let database: TestDatabase;
  let dir: string;
  let store: FileStore;
  let app: FastifyInstance;
  const MAX = 1000;

  const storedCount = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from stored_files`))[0]!.n;
  // by name, so that a file left behind is named in the failure
  const filesOnDisk = async () =>
    (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();

  before(async () => {
    database = await openTestDatabase(backend);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-files-'));
    store = fileStoreFor(database, dir);
    app = Fastify();
    await app.register(fastifyMultipart);
    app.post('/upload', async (request, reply) => {
      const result = await receiveUpload(request, store, { createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: MAX });
      return result.ok ? reply.send({ id: result.file.id, title: result.fields.title }) : reply.code(result.status).send(result);
    });
    app.post('/form', async (request, reply) => {
      const form = await receiveForm(request, store, { createdBy: null, maxBytes: MAX, files: { doc: [FILE_TYPES.pdf], subs: [FILE_TYPES.vtt] } });
      await form.discard();
      return reply.send({ fields: form.fields, files: Object.keys(form.files), refused: form.refused, status: form.errorStatus });
    });
    app.get('/files/:id', async (request, reply) => (await sendStoredFile(reply, store, (request.params as { id: string }).id)) ?? reply.code(404).send());
  });
  after(async () => {
    await app.close();
    await database.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('stores every allowed type under its detected type and a name of its own', async () => {
    for (const [label, content, type] of SAMPLES) {
      const meta = await store.put(content, { originalName: `../${label}.bin`, createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX });
      assert.equal(meta.contentType, type, label);
      assert.equal(meta.size, content.length);
      const found = await store.get(meta.id);
      const chunks: Buffer[] = [];
      for await (const chunk of found!.stream) chunks.push(chunk as Buffer);
      assert.deepEqual(Buffer.concat(chunks), content);
    }
    const names = (await fs.readdir(dir, { recursive: true })).map(String);
    assert.ok(!names.some((n) => n.includes('.bin')), 'the person’s file name is never used on disk');
  });

  it('refuses a script behind a harmless name, and an oversized file, leaving nothing behind', async () => {
    const rows = await storedCount();
    const files = await filesOnDisk();
    await assert.rejects(
      store.put(HTML, { originalName: 'report.pdf', createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX }),
      (e: unknown) => e instanceof FileRefusedError && e.reason === 'wrongType',
    );
    await assert.rejects(
      store.put(Buffer.alloc(MAX + 1, 0x25), { originalName: 'big.pdf', createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX }),
      (e: unknown) => e instanceof FileRefusedError && e.reason === 'tooLarge',
    );
    // a row that cannot be written (unknown author) takes its bytes with it
    await assert.rejects(
      store.put(SAMPLES[0]![1], { originalName: 'a.pdf', createdBy: '00000000-0000-4000-8000-000000000000', allowedTypes: ALL_TYPES, maxBytes: MAX }),
    );
    assert.equal(await storedCount(), rows);
    assert.deepEqual(await filesOnDisk(), files);
  });

  it('answers uploads with 400 for a wrong type, 413 for a large file, and downloads safely', async () => {
    const rows = await storedCount();
    const html = await app.inject({ method: 'POST', url: '/upload', ...multipart('report.pdf', HTML) });
    assert.equal(html.statusCode, 400);
    assert.equal(html.json().error, 'wrongType');
    const big = await app.inject({ method: 'POST', url: '/upload', ...multipart('big.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX)])) });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().fields.title, 'Bericht');
    assert.equal(await storedCount(), rows);
    const exact = await app.inject({ method: 'POST', url: '/upload', ...multipart('full.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX - 5)])) });
    assert.equal(exact.statusCode, 200, 'a file of exactly the limit is kept whole');

    const ok = await app.inject({ method: 'POST', url: '/upload', ...multipart('Bericht ü.pdf', SAMPLES[0]![1]) });
    assert.equal(ok.statusCode, 200);
    const download = await app.inject({ method: 'GET', url: `/files/${ok.json().id}` });
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.match(String(download.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''Bericht%20%C3%BC\.pdf$/);
    assert.equal((await app.inject({ method: 'GET', url: '/files/nicht-da' })).statusCode, 404);
  });

  it('sends the bytes a Range request asks for, so that players can seek', async () => {
    const content = Buffer.concat([SAMPLES[5]![1], Buffer.from(Array.from({ length: 500 }, (_, i) => i % 256))]);
    const meta = await store.put(content, { originalName: 'film.webm', createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX });
    const whole = await app.inject({ method: 'GET', url: `/files/${meta.id}` });
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    assert.deepEqual(whole.rawPayload, content);
    const part = await app.inject({ method: 'GET', url: `/files/${meta.id}`, headers: { range: 'bytes=10-19' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 10-19/${content.length}`);
    assert.deepEqual(part.rawPayload, content.subarray(10, 20));
    const stale = await app.inject({ method: 'GET', url: `/files/${meta.id}`, headers: { range: 'bytes=10-19', 'if-range': '"anders"' } });
    assert.equal(stale.statusCode, 200, 'a range of a changed file is no use');
    const fresh = await app.inject({ method: 'GET', url: `/files/${meta.id}`, headers: { range: 'bytes=10-19', 'if-range': String(whole.headers.etag) } });
    assert.equal(fresh.statusCode, 206);
    assert.equal((await app.inject({ method: 'GET', url: `/files/${meta.id}`, headers: { range: 'bytes=9999-' } })).statusCode, 416);
  });

  it('never lets a fixed id given twice touch the bytes stored first', async () => {
    const id = '4b000000-0000-4000-8000-00000000aaaa';
    await store.put(SAMPLES[0]![1], { id, originalName: 'a.pdf', createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX });
    await assert.rejects(store.put(SAMPLES[6]![1], { id, originalName: 'b.vtt', createdBy: null, allowedTypes: ALL_TYPES, maxBytes: MAX }));
    const found = await store.get(id);
    const chunks: Buffer[] = [];
    for await (const chunk of found!.stream) chunks.push(chunk as Buffer);
    assert.deepEqual(Buffer.concat(chunks), SAMPLES[0]![1]);
  });

  it('reads a form with several files whole, even past a refused file', async () => {
    const boundary = '----dk-form';
    const part = (head: string, body: Buffer | string) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${head}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
    const rows = await storedCount();
    const res = await app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        part('name="audiences"', 'verwaltung'),
        part('name="audiences"', 'politik'),
        part('name="doc"; filename="riesig.pdf"', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX)])),
        part('name="after"', 'noch da'),
        part('name="subs"; filename="t.vtt"', SAMPLES[6]![1]),
        Buffer.from(`--${boundary}--\r\n`),
      ]),
    });
    assert.deepEqual(res.json(), {
      fields: { audiences: ['verwaltung', 'politik'], after: 'noch da' },
      files: ['subs'],
      refused: { doc: 'tooLarge' },
      status: 413,
    });
    assert.equal(await storedCount(), rows, 'discard() removed the stored captions');
    const stray = await app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([part('name="other"; filename="x.pdf"', SAMPLES[0]![1]), Buffer.from(`--${boundary}--\r\n`)]),
    });
    assert.equal(stray.statusCode, 400, 'a file under a name the form does not have');
  });
});
