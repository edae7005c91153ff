import assert from 'node:assert/strict';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const m = de.api;

browserTest('a developer reads the API documentation and follows it to the document and a list', async (_t, { newPage, server }) => {
  const page = await newPage();
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));

  await page.goto('/api/dokumentation');
  await page.getByRole('heading', { level: 1, name: m.docs.title }).waitFor();
  await expectNoAxeViolations(page);
  assert.deepEqual([...origins], [new URL(server.baseUrl).origin], 'no request leaves the site');

  // every operation with its parameters in a table, and the shared types behind them
  await page.getByRole('heading', { name: `${m.operations.listEvents.summary}: GET /events` }).waitFor();
  await page
    .getByRole('table', { name: m.docs.parametersOf(m.operations.listEvents.summary) })
    .getByRole('cell', { name: 'per_page', exact: true })
    .waitFor();
  await page.getByRole('link', { name: m.docs.schemasTitle }).click();
  await page.getByRole('heading', { name: 'EventDate', exact: true }).waitFor();

  // the example address of a list answers JSON
  const example = page.getByRole('link', { name: /\/api\/v1\/events$/ });
  const list = await page.request.get((await example.getAttribute('href'))!);
  assert.equal(list.status(), 200);
  assert.ok(((await list.json()) as { items: unknown[] }).items.length > 0);

  // and the machine-readable document is linked
  await page.getByRole('link', { name: /\/api\/v1\/openapi\.json$/ }).click();
  await page.waitForURL(/\/api\/v1\/openapi\.json$/);
  const document = JSON.parse(await page.locator('body').innerText()) as { openapi: string };
  assert.equal(document.openapi, '3.1.0');
});
