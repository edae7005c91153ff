import assert from 'node:assert/strict';
import { upsertSearchDocument } from '../src/platform/search/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';

browserTest('the search page is accessible and works without JavaScript', async (t, { newPage, server }) => {
  await upsertSearchDocument(server.runtime.deps.db, {
    feature: 'e2e',
    refId: 'search',
    type: 'guide',
    title: 'Förderanträge Schritt für Schritt',
    summary: 'Wie Kommunen einen Förderantrag stellen.',
    body: 'Der Antrag braucht einen Finanzplan.',
    url: '/wissen',
    fieldsOfAction: ['verwaltung'],
    published: true,
  });
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage({ javaScriptEnabled });
    await t.test(`search ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      await page.goto(`${server.baseUrl}/suche`);
      await page.getByLabel('Suchbegriff').fill('Förderanträge');
      await page.getByRole('button', { name: 'Suchen' }).click();
      await page.waitForURL(/\/suche\?q=/);
      assert.equal(await page.locator('mark').first().innerText(), 'Förderantrag');
      assert.ok(await page.getByRole('link', { name: 'Förderanträge Schritt für Schritt' }).isVisible());
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  }
  const page = await newPage();
  for (const path of ['/suche', '/suche?q=Quantencomputer', '/suche?q=Antrag&typ=guide&handlungsfeld=verwaltung']) {
    await t.test(path, async () => {
      assert.equal((await page.goto(`${server.baseUrl}${path}`))?.status(), 200);
      assert.equal(await page.locator('h1').count(), 1);
      await expectNoAxeViolations(page);
    });
  }
});
