import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../testing/harness.ts';
import { findItem } from './repository.ts';
import { DEMO_KNOWLEDGE, seedKnowledge } from './seed.ts';

const PAGE = `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}/bild`;

eachBackend('knowledge: title pictures', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedKnowledge(rt.deps);
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  it('shows an item’s title picture only once the item is published, on its page and its card', async () => {
    const content = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#f7b955' } })
      .png()
      .toBuffer();
    const form = await openMultipartForm(editor, PAGE, PAGE);
    const saved = await submitMultipart(
      rt.app,
      editor,
      form,
      { alt: 'Eine Straßenlaterne mit Sensor an einer Dorfstraße' },
      { picture: { name: 'laterne.png', content } },
    );
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000));
    const pictureId = (await findItem(rt.deps.db, DEMO_KNOWLEDGE.draftId))!.pictureId;
    assert.ok(pictureId);
    const files = await queryRows<{ file_id: string; width: number }>(
      rt.deps.db,
      sql`select file_id, width from picture_variants where picture_id = ${pictureId} order by width, format`,
    );
    // 900 px wide: 480 and 900, each as JPEG and WebP
    assert.deepEqual(
      files.map((f) => f.width),
      [480, 480, 900, 900],
    );
    const url = `/dateien/${files[0]!.file_id}`;
    assert.equal((await new TestClient(rt.app).get(url)).statusCode, 404, 'not public while the item is a draft');
    const seen = await editor.get(url);
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.headers['cache-control'], 'private, no-store', 'an editor’s look at a draft is kept nowhere');

    for (const transition of ['submit', 'publish']) {
      const res = await editor.postForm(
        `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}/status`,
        { transition },
        { csrfFrom: `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}` },
      );
      assert.equal(res.statusCode, 303);
    }
    const visitor = new TestClient(rt.app);
    const shown = await visitor.get(url);
    assert.equal(shown.statusCode, 200);
    assert.equal(shown.headers['cache-control'], 'public, max-age=86400');
    const page = await visitor.get(`/wissen/${DEMO_KNOWLEDGE.draft}`);
    assert.match(page.body, /<picture class="dk-picture dk-picture--lead">/);
    assert.ok(page.body.includes('alt="Eine Straßenlaterne mit Sensor an einer Dorfstraße"'));
    const list = await visitor.get('/wissen');
    assert.match(list.body, /<div class="kern-card__media"><picture class="dk-picture"><source type="image\/webp" srcset="\/dateien\//);
  });
});
