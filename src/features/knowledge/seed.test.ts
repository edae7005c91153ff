import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../platform/testing/harness.ts';
import { DEMO_ITEMS, seedKnowledge } from './seed.ts';
import { itemPath } from './service.ts';

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
    assert.equal(count.video, 2);
    const total = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from knowledge_items`);
    assert.equal(total[0]!.n, DEMO_ITEMS.length);
    const client = new TestClient(rt.app);
    for (const demo of DEMO_ITEMS.filter((d) => d.status === undefined)) {
      const res = await client.get(itemPath(demo));
      assert.equal(res.statusCode, 200, demo.slug);
    }
  });
});
