import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../testing/harness.ts';
import { openMultipartForm, submitMultipart, type FilePart } from '../../platform/testing/multipart-client.ts';
import { findItem, listImages } from './repository.ts';

const MAX = 64 * 1024;
// 1234 bytes: "1,2 KB" in German, "1.2 KB" in English
const PDF: FilePart = {
  name: 'Leitfaden Förderung.pdf',
  content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1234 - 9, 0x20)]),
  type: 'application/pdf',
};
const HTML_AS_PDF: FilePart = { name: 'bericht.pdf', content: Buffer.from('<!doctype html><script>alert(1)</script>'), type: 'application/pdf' };
const WEBM: FilePart = {
  name: 'film.webm',
  content: Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251))]),
};
const VTT: FilePart = { name: 'film.vtt', content: Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nHallo und willkommen.\n') };
// the PNG signature, then nothing a picture is made of
const BROKEN_PNG: FilePart = {
  name: 'karte.png',
  content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]),
};
/** A photo as a phone writes it: lying on its side (EXIF orientation 6), with the camera and the place it was taken. */
const photo = async (): Promise<FilePart> => ({
  name: 'ortsteile.jpg',
  content: await sharp({ create: { width: 300, height: 200, channels: 3, background: '#6fa650' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Kamerawerk', Model: 'Modell 7' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '54/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '10/1 8/1 0/1' },
    })
    .toBuffer(),
});

const NO_FILES = { file: undefined, videoFile: undefined, captionsFile: undefined };

const fieldsFor = (type: string, title: string, extra: FormFields = {}): FormFields => ({
  type,
  title,
  summary: `Kurz zu ${title}.`,
  body: `Text zu ${title}.`,
  step: 'planen',
  fieldsOfAction: ['verwaltung'],
  audiences: ['verwaltung'],
  tags: '',
  videoUrl: '',
  publishDate: '',
  publishTime: '',
  language: 'de',
  ...extra,
});

eachBackend('knowledge: documents, pictures and videos', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  const visitor = () => new TestClient(rt.app);

  const count = async (table: 'knowledge_items' | 'stored_files' | 'knowledge_images') =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
  // the files whose bytes are kept: on disk with the embedded database, as parts in PostgreSQL on a server
  const filesKept = async () =>
    rt.deps.files.kind === 'database'
      ? (await queryRows<{ n: number }>(rt.deps.db, sql`select count(distinct file_id)::int as n from stored_file_chunks`))[0]!.n
      : (await fs.readdir(path.join(rt.deps.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile())
          .length;
  const counts = async () => ({
    items: await count('knowledge_items'),
    files: await count('stored_files'),
    images: await count('knowledge_images'),
    kept: await filesKept(),
  });

  async function create(fields: FormFields, files: Record<string, FilePart | undefined>) {
    const form = await openMultipartForm(editor, '/verwaltung/wissen/neu', '/verwaltung/wissen/neu');
    return submitMultipart(rt.app, editor, form, fields, { ...NO_FILES, ...files });
  }

  async function created(fields: FormFields, files: Record<string, FilePart | undefined>): Promise<string> {
    const res = await create(fields, files);
    assert.equal(res.statusCode, 303, res.body.slice(0, 3000));
    return /\/verwaltung\/wissen\/([0-9a-f-]{36})/.exec(res.location ?? '')![1]!;
  }

  async function publish(id: string): Promise<void> {
    for (const transition of ['submit', 'publish']) {
      const res = await editor.postForm(`/verwaltung/wissen/${id}/status`, { transition }, { csrfFrom: `/verwaltung/wissen/${id}` });
      assert.equal(res.statusCode, 303);
    }
  }

  before(async () => {
    rt = await createTestRuntime(backend, { config: { uploadMaxBytes: MAX } });
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  it('explains the allowed types and the size limit in the form', async () => {
    const page = await editor.get('/verwaltung/wissen/neu');
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /<label class="kern-label" for="f-file">Datei des Dokuments<\/label>/);
    assert.match(page.body, /PDF, ODT, DOCX oder XLSX, höchstens 0 MB/);
    assert.match(page.body, /<label class="kern-label" for="f-captionsFile">Untertitel \(WebVTT\)<\/label>/);
  });

  it('publishes a document whose download is counted, with type, size and language on its page', async () => {
    const id = await created(fieldsFor('document', 'Förderleitfaden als PDF', { language: 'en' }), { file: PDF });
    const item = await findItem(rt.deps.db, id);
    assert.ok(item?.fileId);
    assert.equal(item.language, 'en');
    const slug = item.slug;
    // a draft's file stays with the editors
    assert.equal((await visitor().get(`/wissen/${slug}/download`)).statusCode, 404);
    assert.equal((await editor.get(`/wissen/${slug}/download`)).statusCode, 200);
    await publish(id);

    const page = await visitor().get(`/wissen/${slug}`);
    assert.match(page.body, /<dt class="kern-description-list-item__key">Sprache<\/dt><dd class="kern-description-list-item__value">Englisch<\/dd>/);
    assert.match(page.body, /PDF, 1,2 KB/);
    assert.match(page.body, new RegExp(`href="/wissen/${slug}/download" type="application/pdf" hreflang="en" download`));
    const english = visitor();
    await english.get('/sprache/en');
    assert.match((await english.get(`/wissen/${slug}`)).body, /PDF, 1\.2 KB/);

    const before = (await findItem(rt.deps.db, id))!.downloadCount;
    const download = await visitor().get(`/wissen/${slug}/download`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['content-length'], '1234');
    assert.equal(download.headers['content-disposition'], `attachment; filename="Leitfaden F_rderung.pdf"; filename*=UTF-8''Leitfaden%20F%C3%B6rderung.pdf`);
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.equal((await findItem(rt.deps.db, id))!.downloadCount, before + 1);
    // a reader's further ranges of the same download do not count again, nor do the editors' checks
    await visitor().get(`/wissen/${slug}/download`, { range: 'bytes=600-' });
    await editor.get(`/wissen/${slug}/download`);
    assert.equal((await findItem(rt.deps.db, id))!.downloadCount, before + 1);
    assert.match((await editor.get(`/verwaltung/wissen/${id}`)).body, /Einmal heruntergeladen/);
    // the document's file is not served as a media file
    assert.equal((await visitor().get(`/dateien/${item.fileId}`)).statusCode, 404);
  });

  it('keeps the document file on edit when none is chosen, and replaces it when one is', async () => {
    const id = await created(fieldsFor('document', 'Vorlage zum Austauschen'), { file: PDF });
    const first = (await findItem(rt.deps.db, id))!.fileId;
    const edit = `/verwaltung/wissen/${id}/bearbeiten`;
    const page = await editor.get(edit);
    assert.match(page.body, /Bisherige Datei: Leitfaden Förderung\.pdf \(PDF, 1,2 KB\)/);
    let res = await submitMultipart(
      rt.app,
      editor,
      await openMultipartForm(editor, edit, edit),
      fieldsFor('document', 'Vorlage zum Austauschen', { body: 'Neu.' }),
      NO_FILES,
    );
    assert.equal(res.statusCode, 303);
    assert.equal((await findItem(rt.deps.db, id))!.fileId, first);
    const files = await count('stored_files');
    const replacement = { ...PDF, name: 'neu.pdf' };
    res = await submitMultipart(rt.app, editor, await openMultipartForm(editor, edit, edit), fieldsFor('document', 'Vorlage zum Austauschen'), {
      ...NO_FILES,
      file: replacement,
    });
    assert.equal(res.statusCode, 303);
    const now = (await findItem(rt.deps.db, id))!.fileId;
    assert.notEqual(now, first);
    assert.equal(await count('stored_files'), files, 'the replaced file is deleted');
    assert.equal(await rt.deps.files.info(first!), undefined);
  });

  it('refuses wrong, oversized and missing files with the form again, storing nothing', async () => {
    const start = await counts();
    const wrong = await create(fieldsFor('document', 'Falscher Typ', { summary: 'Bleibt stehen.' }), { file: HTML_AS_PDF });
    assert.equal(wrong.statusCode, 400);
    assert.match(
      wrong.body,
      /class="kern-alert kern-alert--danger dk-error-summary"[\s\S]*href="#f-file">Die Datei muss ein PDF-, ODT-, DOCX- oder XLSX-Dokument sein/,
    );
    assert.match(wrong.body, /Bleibt stehen\./);

    const big = await create(fieldsFor('document', 'Zu groß'), { file: { ...PDF, content: Buffer.concat([PDF.content, Buffer.alloc(MAX)]) } });
    assert.equal(big.statusCode, 413);
    assert.match(big.body, /href="#f-file">Die Datei darf höchstens 0 MB groß sein/);
    assert.match(big.body, /value="Zu groß"/);

    const missing = await create(fieldsFor('document', 'Ohne Datei'), {});
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /href="#f-file">Wählen Sie die Datei des Dokuments aus/);

    // a good file in a form with another mistake is not kept either, and must be chosen again
    const otherError = await create(fieldsFor('document', ''), { file: PDF });
    assert.equal(otherError.statusCode, 400);
    assert.match(otherError.body, /„Leitfaden Förderung\.pdf“ ist noch nicht gespeichert/);

    const noCaptions = await create(fieldsFor('video', 'Video ohne Untertitel'), { videoFile: WEBM });
    assert.equal(noCaptions.statusCode, 400);
    assert.match(noCaptions.body, /href="#f-captionsFile">Wählen Sie die Untertitel zum Video aus/);

    const both = await create(fieldsFor('video', 'Beides', { videoUrl: 'https://vimeo.com/123456' }), { videoFile: WEBM, captionsFile: VTT });
    assert.equal(both.statusCode, 400);
    assert.match(both.body, /href="#f-videoUrl">Geben Sie entweder eine Video-Adresse ein/);

    const fileForGuide = await create(fieldsFor('guide', 'Leitfaden mit Datei'), { file: PDF });
    assert.equal(fileForGuide.statusCode, 400);

    assert.deepEqual(await counts(), start);
  });

  it('checks the CSRF token of a multipart form and saves a double submit once', async () => {
    const start = await counts();
    const form = await openMultipartForm(editor, '/verwaltung/wissen/neu', '/verwaltung/wissen/neu');
    const forged = await submitMultipart(rt.app, editor, { ...form, action: '/verwaltung/wissen/neu' }, fieldsFor('document', 'Ohne Token'), {
      ...NO_FILES,
      file: PDF,
    });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(await counts(), start);

    const first = await submitMultipart(rt.app, editor, form, fieldsFor('document', 'Doppelt geklickt'), { ...NO_FILES, file: PDF });
    const second = await submitMultipart(rt.app, editor, form, fieldsFor('document', 'Doppelt geklickt'), { ...NO_FILES, file: PDF });
    assert.equal(first.statusCode, 303);
    assert.equal(second.location, first.location);
    assert.deepEqual(await counts(), { ...start, items: start.items + 1, files: start.files + 1, kept: start.kept + 1 });
  });

  it('plays an uploaded video with its captions, seekable by ranges, public once published', async () => {
    const id = await created(fieldsFor('video', 'Eigenes Video'), { videoFile: WEBM, captionsFile: VTT });
    const item = (await findItem(rt.deps.db, id))!;
    assert.ok(item.videoFileId && item.captionsFileId);
    assert.equal((await visitor().get(`/dateien/${item.videoFileId}`)).statusCode, 404, 'a draft’s video is not public');
    assert.equal((await editor.get(`/dateien/${item.videoFileId}`)).statusCode, 200);
    await publish(id);

    const page = await visitor().get(`/wissen/${item.slug}`);
    assert.match(
      page.body,
      new RegExp(
        `<video controls preload="metadata" width="640" height="360"><source src="/dateien/${item.videoFileId}" type="video/webm"/><track kind="captions" src="/dateien/${item.captionsFileId}" srclang="de" label="Deutsch" default/>`,
      ),
    );
    assert.match(page.body, new RegExp(`<a href="/dateien/${item.captionsFileId}" download>Untertitel herunterladen</a>`));
    assert.doesNotMatch(page.body, /<iframe/);

    const whole = await rt.app.inject({ method: 'GET', url: `/dateien/${item.videoFileId}` });
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    assert.equal(whole.headers['content-disposition'], `inline; filename="film.webm"; filename*=UTF-8''film.webm`);
    const part = await rt.app.inject({ method: 'GET', url: `/dateien/${item.videoFileId}`, headers: { range: 'bytes=100-199' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 100-199/${WEBM.content.length}`);
    assert.equal(part.headers['content-length'], '100');
    assert.deepEqual(part.rawPayload, WEBM.content.subarray(100, 200));
    const tail = await rt.app.inject({ method: 'GET', url: `/dateien/${item.videoFileId}`, headers: { range: 'bytes=-10' } });
    assert.deepEqual(tail.rawPayload, WEBM.content.subarray(-10));
    const beyond = await rt.app.inject({ method: 'GET', url: `/dateien/${item.videoFileId}`, headers: { range: `bytes=${WEBM.content.length}-` } });
    assert.equal(beyond.statusCode, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${WEBM.content.length}`);
    const captions = await visitor().get(`/dateien/${item.captionsFileId}`);
    assert.equal(captions.headers['content-type'], 'text/vtt');
  });

  it('adds a picture with its text alternative to a guide, shown from this site only', async () => {
    const id = await created(fieldsFor('guide', 'Leitfaden mit Karte', { body: 'Text.\n\n![Tracker](https://evil.example/pixel.png)' }), {});
    const overview = `/verwaltung/wissen/${id}`;
    const action = `${overview}/bilder`;
    const start = await counts();

    const PHOTO = await photo();
    const taken = await sharp(PHOTO.content).metadata();
    assert.ok(taken.exif?.includes('Kamerawerk') && taken.orientation === 6, 'the test photo carries camera data and lies on its side');
    const noAlt = await submitMultipart(rt.app, editor, await openMultipartForm(editor, overview, action), { alt: '  ' }, { image: PHOTO });
    assert.equal(noAlt.statusCode, 400);
    assert.match(noAlt.body, /class="kern-alert kern-alert--danger dk-error-summary"[\s\S]*href="#f-alt">Geben Sie einen Alternativtext ein/);
    const wrongType = await submitMultipart(rt.app, editor, await openMultipartForm(editor, overview, action), { alt: 'Karte' }, { image: PDF });
    assert.equal(wrongType.statusCode, 400);
    assert.match(wrongType.body, /href="#f-image">Das Bild muss eine PNG-, JPEG- oder WebP-Datei sein/);
    assert.match(wrongType.body, /value="Karte"/);
    const broken = await submitMultipart(rt.app, editor, await openMultipartForm(editor, overview, action), { alt: 'Karte' }, { image: BROKEN_PNG });
    assert.equal(broken.statusCode, 400);
    assert.match(broken.body, /href="#f-image">Die Datei lässt sich nicht als Bild lesen/);
    assert.match(broken.body, /value="Karte"/);
    assert.deepEqual(await counts(), start, 'nothing kept of a refused picture');

    const once = await openMultipartForm(editor, overview, action);
    const added = await submitMultipart(rt.app, editor, once, { alt: 'Karte der [drei] Ortsteile' }, { image: PHOTO });
    assert.equal(added.statusCode, 303);
    assert.equal(added.location, `${overview}#bilder`);
    const twice = await submitMultipart(rt.app, editor, once, { alt: 'Karte der [drei] Ortsteile' }, { image: PHOTO });
    assert.equal(twice.location, added.location, 'a double submit adds the picture once');
    const [image] = await listImages(rt.deps.db, id);
    assert.ok(image);
    const item = (await findItem(rt.deps.db, id))!;
    assert.ok(item.body.endsWith(`![Karte der \\[drei\\] Ortsteile](/dateien/${image.fileId})\n`));
    assert.match((await editor.get(overview)).body, new RegExp(`<code>!\\[Karte der \\\\\\[drei\\\\\\] Ortsteile\\]\\(/dateien/${image.fileId}\\)</code>`));
    assert.equal((await visitor().get(`/dateien/${image.fileId}`)).statusCode, 404);
    await publish(id);

    const page = await visitor().get(`/wissen/${item.slug}`);
    assert.match(page.body, new RegExp(`<img src="/dateien/${image.fileId}" alt="Karte der \\[drei\\] Ortsteile" loading="lazy"/>`));
    assert.doesNotMatch(page.body, /<img[^>]*evil\.example/);
    assert.match(page.body, /Tracker/);
    const served = await visitor().get(`/dateien/${image.fileId}`);
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'image/jpeg');
    const bytes = (await rt.app.inject({ method: 'GET', url: `/dateien/${image.fileId}` })).rawPayload;
    const shown = await sharp(bytes).metadata();
    assert.deepEqual(
      { width: shown.width, height: shown.height, exif: shown.exif, orientation: shown.orientation },
      { width: 200, height: 300, exif: undefined, orientation: undefined },
      'upright, and nothing of the camera or the place',
    );
    assert.deepEqual(
      { ...(await counts()), items: start.items },
      { ...start, files: start.files + 1, images: start.images + 1, kept: start.kept + 1 },
      'the upload itself is gone',
    );
  });

  it('answers malformed and unknown file addresses with 404', async () => {
    for (const url of ['/dateien/nicht-da', '/dateien/00000000-0000-4000-8000-000000000000', '/dateien/%00', '/wissen/gibt-es-nicht/download']) {
      assert.equal((await visitor().get(url)).statusCode, 404, url);
    }
  });
});
