import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { searchDocuments } from '../../../platform/search/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { publicStrategyPath, workbenchPath } from '../core/paths.ts';
import { publishPath, withdrawPath } from './paths.ts';

/*
 * The public page shows a published strategy as it is now, not the version of its publication;
 * the search must find what the page shows after every change a manager makes.
 */
eachBackend('strategy: the search entry of a published strategy follows its changes', (backend) => {
  let rt: TestRuntime;
  let manager: TestClient;
  const SLUG = 'gemeinde-suchdorf';
  const search = async (query: string) =>
    (await searchDocuments(rt.deps.db, { query, types: ['strategy'], page: 1, pageSize: 10 })).items.map((item) => item.url);

  before(async () => {
    rt = await createTestRuntime(backend);
    const organisationId = await insertTestOrganisation(rt.deps.db, SLUG, 'Gemeinde Suchdorf');
    const user = await createTestUser(rt.deps);
    await insertMembership(rt.deps.db, { organisationId, userId: user.id, role: 'manager', status: 'active' });
    manager = new TestClient(rt.app);
    assert.equal((await manager.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  const saveVision = async (vision: string) => {
    await manager.get(workbenchPath(SLUG, 'vision'));
    assert.equal((await manager.postForm(workbenchPath(SLUG, 'vision', 'vision'), { vision })).statusCode, 303);
  };
  const button = async (action: string) => {
    assert.equal((await manager.postForm(action, {}, { csrfFrom: workbenchPath(SLUG, 'publish') })).statusCode, 303);
  };

  it('finds the new vision and no longer the old one after an edit, and a new goal', async () => {
    await saveVision('Suchdorf baut ein Glasfasernetz bis in jeden Hof.');
    await button(publishPath(SLUG));
    assert.deepEqual(await search('Glasfasernetz'), [publicStrategyPath(SLUG)]);

    await saveVision('Suchdorf richtet eine Dorfapotheke mit Videoberatung ein.');
    assert.deepEqual(await search('Dorfapotheke'), [publicStrategyPath(SLUG)]);
    assert.deepEqual(await search('Glasfasernetz'), []);
    assert.match((await new TestClient(rt.app).get(publicStrategyPath(SLUG))).body, /Dorfapotheke/, 'the page shows what the search finds');

    await manager.get(workbenchPath(SLUG, 'vision'));
    assert.equal((await manager.postForm(workbenchPath(SLUG, 'vision', 'ziele'), { title: 'Mitfahrzentrale', description: '' })).statusCode, 303);
    assert.deepEqual(await search('Mitfahrzentrale'), [publicStrategyPath(SLUG)]);
  });

  it('keeps a withdrawn strategy out of the search while its managers go on editing', async () => {
    await button(withdrawPath(SLUG));
    await saveVision('Suchdorf plant einen Bürgerbus als Entwurf.');
    assert.deepEqual(await search('Bürgerbus'), []);
    assert.deepEqual(await search('Dorfapotheke'), []);
  });
});
