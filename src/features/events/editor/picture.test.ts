import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart, type FilePart, type MultipartForm } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { findEventById } from '../core/event-repository.ts';
import { DEMO_EVENT_PICTURES, DEMO_EVENTS, seedEvents } from '../seed.ts';

const KICK_OFF = DEMO_EVENTS.kickOff;
const DRAFT = DEMO_EVENTS.draft;
const PAGE = `/verwaltung/veranstaltungen/${DRAFT.id}/bild`;

async function photo(name: string, colour: string): Promise<FilePart> {
  const content = await sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  return { name, content, type: 'image/jpeg' };
}

const PDF: FilePart = { name: 'plan.pdf', content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300, 0x20)]), type: 'application/pdf' };

eachBackend('event pictures', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  const count = async (table: 'stored_files' | 'pictures' | 'picture_variants') =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
  const counts = async () => ({ files: await count('stored_files'), pictures: await count('pictures'), variants: await count('picture_variants') });
  const draftPicture = async () => (await findEventById(rt.deps.db, DRAFT.id))!.pictureId;
  const variantFiles = async (pictureId: string) =>
    (await queryRows<{ file_id: string }>(rt.deps.db, sql`select file_id from picture_variants where picture_id = ${pictureId}`)).map((r) => r.file_id);
  const send = (form: MultipartForm, alt: string, picture: FilePart | undefined) => submitMultipart(rt.app, editor, form, { alt }, { picture });

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedEvents(rt.deps);
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  it('shows the demo picture in its sizes on the event page, and without repeating its text on the card', async () => {
    const visitor = new TestClient(rt.app);
    const page = await visitor.get(`/veranstaltungen/${KICK_OFF.slug}`);
    assert.equal(page.statusCode, 200);
    const picture = /<picture class="dk-picture dk-picture--lead">[\s\S]*?<\/picture>/.exec(page.body)?.[0] ?? '';
    const { alt } = DEMO_EVENT_PICTURES[KICK_OFF.slug]!;
    assert.match(picture, /<source type="image\/webp" srcset="[^"]+ 480w, [^"]+ 960w, [^"]+ 1440w"/);
    assert.match(picture, /width="1440" height="810"/);
    assert.ok(picture.includes(`alt="${alt}"`));
    assert.match(picture, /fetchpriority="high"/);
    assert.doesNotMatch(picture, /loading="lazy"/);

    const list = await visitor.get('/veranstaltungen');
    const card = /<div class="kern-card__media"><picture[\s\S]*?<\/picture>/.exec(list.body)?.[0] ?? '';
    assert.match(card, / alt( |="")/, 'an empty text alternative');
    assert.match(card, /loading="lazy"/);

    const url = /srcset="([^" ]+) 480w/.exec(picture)![1]!;
    const variant = await visitor.get(url);
    assert.equal(variant.statusCode, 200);
    assert.equal(variant.headers['content-type'], 'image/webp');
    assert.equal(variant.headers['cache-control'], 'public, max-age=86400');
  });

  it('refuses a picture without a text alternative, and a file that is no picture, keeping nothing', async () => {
    const before = await counts();
    const form = await openMultipartForm(editor, PAGE, PAGE);
    const withoutAlt = await send(form, '  ', await photo('rathaus.jpg', '#3d6fa8'));
    assert.equal(withoutAlt.statusCode, 400);
    assert.match(withoutAlt.body, /kern-alert--danger/);
    assert.ok(withoutAlt.body.includes('Geben Sie einen Alternativtext ein, der beschreibt, was das Bild zeigt'));
    assert.ok(withoutAlt.body.includes('Die Datei „rathaus.jpg“ wurde nicht gespeichert'));

    const notAPicture = await send(form, 'Ein Plan', PDF);
    assert.equal(notAPicture.statusCode, 400);
    assert.ok(notAPicture.body.includes('Das Bild muss eine PNG-, JPEG- oder WebP-Datei sein'));
    assert.ok(notAPicture.body.includes('value="Ein Plan"'), 'the text alternative is kept');

    const nothingChosen = await send(form, 'Ein Plan', undefined);
    assert.equal(nothingChosen.statusCode, 400);
    assert.ok(nothingChosen.body.includes('Wählen Sie eine Bilddatei aus'));
    assert.deepEqual(await counts(), before);
    assert.equal(await draftPicture(), null);
  });

  it('stores a picture once on a double submit, keeps the draft’s picture from the public, and drops the upload itself', async () => {
    const before = await counts();
    const form = await openMultipartForm(editor, PAGE, PAGE);
    const upload = await photo('hafen-husum.jpg', '#2f8f3e');
    const first = await send(form, 'Der Hafen von Husum bei Ebbe', upload);
    assert.equal(first.statusCode, 303, first.body.slice(0, 2000));
    assert.equal(first.location, PAGE);
    const again = await send(form, 'Der Hafen von Husum bei Ebbe', upload);
    assert.equal(again.statusCode, 303);
    // 1200 px wide: 480, 960 and 1200, each as WebP and JPEG
    assert.deepEqual(await counts(), { files: before.files + 6, pictures: before.pictures + 1, variants: before.variants + 6 });
    const names = await queryRows<{ original_name: string }>(rt.deps.db, sql`select original_name from stored_files where original_name like 'hafen-husum%'`);
    assert.deepEqual(names.map((n) => n.original_name).sort(), [
      'hafen-husum-1200.jpg',
      'hafen-husum-1200.webp',
      'hafen-husum-480.jpg',
      'hafen-husum-480.webp',
      'hafen-husum-960.jpg',
      'hafen-husum-960.webp',
    ]);

    const pictureId = (await draftPicture())!;
    const [file] = await variantFiles(pictureId);
    const url = `/veranstaltungen/${DRAFT.slug}/bild/${file}`;
    assert.equal((await new TestClient(rt.app).get(url)).statusCode, 404, 'a draft’s picture is not public');
    const seen = await editor.get(url);
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.headers['cache-control'], 'private, no-store');
    const page = await editor.get(PAGE);
    assert.ok(page.body.includes('Alternativtext: „Der Hafen von Husum bei Ebbe“'));
  });

  it('changes only the text, replaces the picture with its files, and removes it', async () => {
    const first = (await draftPicture())!;
    const firstFiles = await variantFiles(first);
    const before = await counts();

    const textOnly = await send(await openMultipartForm(editor, PAGE, PAGE), 'Der Hafen von Husum bei Flut', undefined);
    assert.equal(textOnly.statusCode, 303);
    assert.equal(await draftPicture(), first);
    const [row] = await queryRows<{ alt: string }>(rt.deps.db, sql`select alt from pictures where id = ${first}`);
    assert.equal(row!.alt, 'Der Hafen von Husum bei Flut');

    const replaced = await send(await openMultipartForm(editor, PAGE, PAGE), 'Das Husumer Schloss im Frühling', await photo('schloss.jpg', '#c2513f'));
    assert.equal(replaced.statusCode, 303);
    const second = (await draftPicture())!;
    assert.notEqual(second, first);
    assert.deepEqual(await counts(), before, 'the old picture’s rows and files went with it');
    for (const id of firstFiles) assert.equal(await rt.deps.files.info(id), undefined);

    const removed = await editor.postForm(`${PAGE}/entfernen`, {}, { csrfFrom: PAGE });
    assert.equal(removed.statusCode, 303);
    assert.equal(await draftPicture(), null);
    assert.deepEqual(await counts(), { files: before.files - 6, pictures: before.pictures - 1, variants: before.variants - 6 });
    const twice = await editor.postForm(`${PAGE}/entfernen`, {}, { csrfFrom: PAGE });
    assert.equal(twice.statusCode, 303, 'removing what is gone leads back to the page');

    const audit = await queryRows<{ action: string }>(
      rt.deps.db,
      sql`select action from audit_log where subject_id = ${DRAFT.id} and action like 'event.picture%' order by at`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['event.picture', 'event.picture', 'event.picture', 'event.picture.remove'],
    );
  });
});
