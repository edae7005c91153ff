import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { createTestEvent, type TestEvent } from '../testing/registration-fixtures.ts';

eachBackend('World Café: contribution limit', (backend) => {
  let rt: TestRuntime;
  let event: TestEvent;
  before(async () => {
    rt = await createTestRuntime(backend);
    event = await createTestEvent(rt.deps.db, { slug: 'world-cafe-limit', dates: { kiel: { town: 'Kiel' } } });
  });
  after(async () => rt.close());

  it('takes 20 contributions of a member in an hour and answers the 21st with 429, while another member on the same address still contributes', async () => {
    const path = `/veranstaltungen/${event.slug}/world-cafe/${event.worldCafe[0]}/beitraege`;
    const writer = await createTestUser(rt.deps);
    const client = new TestClient(rt.app, { remoteAddress: '192.0.2.90' });
    await client.login(writer.email, writer.password);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await client.postForm(path, { body: `Gedanke Nummer ${i}` }, { csrfFrom: '/' })).statusCode);
    assert.deepEqual(statuses, [...Array<number>(20).fill(303), 429]);

    const colleague = await createTestUser(rt.deps);
    const sameOffice = new TestClient(rt.app, { remoteAddress: '192.0.2.90' });
    await sameOffice.login(colleague.email, colleague.password);
    assert.equal((await sameOffice.postForm(path, { body: 'Mein erster Gedanke' }, { csrfFrom: '/' })).statusCode, 303);
  });
});
