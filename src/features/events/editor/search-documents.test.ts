import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { searchDocuments } from '../../../platform/search/index.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { indexEvent } from './search-documents.ts';
import { DEMO_EVENTS, seedEvents } from '../seed.ts';
import { events } from '../core/tables.ts';

eachBackend('events in the search', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedEvents(rt.deps);
  });
  after(async () => rt.close());

  const urls = async (query: string) =>
    (await searchDocuments(rt.deps.db, { query, page: 1, pageSize: 20 })).items.filter((i) => i.type === 'event').map((i) => i.url);

  it('indexes a published event with its places, and leaves drafts out', async () => {
    const { kickOff, draft } = DEMO_EVENTS;
    await rt.deps.db.transaction(async (tx) => {
      await indexEvent(tx, kickOff.id);
      await indexEvent(tx, draft.id);
    });
    // the archive's 2019 original is an "Auftakt" too
    assert.ok((await urls('Auftakt')).includes(`/veranstaltungen/${kickOff.slug}`));
    assert.ok((await urls('Lübeck')).includes(`/veranstaltungen/${kickOff.slug}`));
    assert.deepEqual(await urls('Regionalkonferenz'), []);
  });

  it('removes an event taken back', async () => {
    const { kickOff } = DEMO_EVENTS;
    await rt.deps.db.transaction(async (tx) => {
      await tx.update(events).set({ status: 'draft' }).where(eq(events.id, kickOff.id));
      await indexEvent(tx, kickOff.id);
    });
    assert.ok(!(await urls('Auftakt')).includes(`/veranstaltungen/${kickOff.slug}`));
  });
});
