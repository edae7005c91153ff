import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { itemPath } from './paths.ts';
import { findItemBySlug } from './repository.ts';
import { DEMO_ITEMS, DEMO_KNOWLEDGE, DEMO_KNOWLEDGE_PICTURES, seedKnowledge } from './seed.ts';

eachBackend('knowledge: demo content', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  it('loads once however often it runs, with every kind of item, and every page renders', async () => {
    await seedKnowledge(rt.deps);
    await seedKnowledge(rt.deps);
    const rows = await queryRows<{ type: string; n: number }>(
      rt.deps.db,
      sql`select type, count(*)::int as n from knowledge_items where status = 'published' group by type order by type`,
    );
    const count = Object.fromEntries(rows.map((r) => [r.type, r.n]));
    assert.ok((count.guide ?? 0) + (count.document ?? 0) >= 12);
    assert.equal(count.news, 5);
    assert.equal(count.video, 4);
    const [stored] = await queryRows<{ media: number; pictures: number; variants: number }>(
      rt.deps.db,
      sql`select (select count(*) from stored_files where id not in (select file_id from picture_variants))::int as media,
                 (select count(*) from pictures)::int as pictures,
                 (select count(*) from picture_variants)::int as variants`,
    );
    // two videos, their captions and two documents; two title pictures in three widths and two formats
    assert.deepEqual(stored, { media: 6, pictures: 2, variants: 12 }, 'each stored once');
    for (const slug of Object.keys(DEMO_KNOWLEDGE_PICTURES)) {
      const item = (await findItemBySlug(rt.deps.db, slug))!;
      assert.equal(item.pictureId, DEMO_KNOWLEDGE_PICTURES[slug]!.id, slug);
    }
    const total = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from knowledge_items`);
    assert.equal(total[0]!.n, DEMO_ITEMS.length);
    const client = new TestClient(rt.app);
    for (const demo of DEMO_ITEMS.filter((d) => d.status === undefined)) {
      const res = await client.get(itemPath(demo));
      assert.equal(res.statusCode, 200, demo.slug);
    }
  });

  it('plays its own videos with German captions and offers the documents as files', async () => {
    const client = new TestClient(rt.app);
    const page = await client.get(`/wissen/${DEMO_KNOWLEDGE.ownVideo}`);
    assert.match(
      page.body,
      /<video controls preload="metadata"[^>]*><source src="\/dateien\/[0-9a-f-]{36}" type="video\/webm"\/><track kind="captions" src="\/dateien\/[0-9a-f-]{36}" srclang="de" label="Deutsch" default/,
    );
    const captions = await client.get(`/dateien/${DEMO_KNOWLEDGE.ownCaptionsFileId}`);
    assert.equal(captions.headers['content-type'], 'text/vtt');
    assert.match(captions.body, /^WEBVTT\n\n00:00\.000 --> 00:04\.000\nIn drei Schritten zur digitalen Strategie/);
    const pdf = await client.get(`/wissen/${DEMO_KNOWLEDGE.document}/download`);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(pdf.body, /^%PDF-1\.4/);
  });

  it('gives a demo document that exists without its file (an older installation) the file', async () => {
    const before = await findItemBySlug(rt.deps.db, DEMO_KNOWLEDGE.document);
    await rt.deps.db.execute(sql`update knowledge_items set file_id = null where id = ${before!.id}`);
    await seedKnowledge(rt.deps);
    assert.equal((await findItemBySlug(rt.deps.db, DEMO_KNOWLEDGE.document))!.fileId, before!.fileId);
  });
});
