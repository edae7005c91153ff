import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const en = messagesFor('en');

const PAGES = [
  { path: '/', status: 200 },
  { path: '/impressum', status: 200 },
  { path: '/datenschutz', status: 200 },
  { path: '/datenschutz/loeschfristen', status: 200 },
  { path: '/barrierefreiheit', status: 200 },
  { path: '/kontakt', status: 200 },
  { path: '/diese-seite-gibt-es-nicht', status: 404 },
];

function headings(page: Page): Promise<string[]> {
  return page.locator('h1, h2, h3').allInnerTexts();
}

browserTest('start page, service pages and the 404 page are accessible (axe, WCAG 2.1 AA)', async (t, { newPage, server }) => {
  const page = await newPage();
  for (const { path, status } of PAGES) {
    await t.test(path, async () => {
      const response = await page.goto(`${server.baseUrl}${path}`);
      assert.equal(response?.status(), status);
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      assert.equal(await page.locator('h1').count(), 1, 'exactly one main heading');
      await expectNoAxeViolations(page);
    });
  }
  assert.equal(await page.locator('h1').innerText(), de.common.errors.notFoundTitle);
});

browserTest('the same pages work without JavaScript', async (t, { newPage, server }) => {
  const withScript = await newPage();
  const withoutScript = await newPage({ javaScriptEnabled: false });
  for (const { path } of PAGES) {
    await t.test(path, async () => {
      await withScript.goto(`${server.baseUrl}${path}`);
      await withoutScript.goto(`${server.baseUrl}${path}`);
      const expected = await headings(withScript);
      assert.ok(expected.length > 0);
      assert.deepEqual(await headings(withoutScript), expected);
    });
  }
});

browserTest('the language switch is a plain link, and the English pages are accessible too', async (_t, { newPage, server }) => {
  for (const javaScriptEnabled of [false, true]) {
    const page = await newPage({ javaScriptEnabled });
    await page.goto(`${server.baseUrl}/impressum`);
    await page.getByRole('link', { name: de.common.switchToLabel }).click();
    await page.waitForURL(`${server.baseUrl}/impressum`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('h1').innerText(), en.pages.defaults.impressum.title);
    // axe runs inside the page, so only where JavaScript is on
    if (javaScriptEnabled) await expectNoAxeViolations(page);
  }
});

browserTest('the retention overview is reached from the privacy page and is accessible in English too', async (_t, { newPage, server }) => {
  const page = await newPage();
  await page.goto(`${server.baseUrl}/datenschutz`);
  await page.getByRole('link', { name: de.retention.linkFromPrivacy }).click();
  await page.waitForURL(`${server.baseUrl}/datenschutz/loeschfristen`);
  await page.getByRole('link', { name: de.common.switchToLabel }).click();
  await page.waitForURL(`${server.baseUrl}/datenschutz/loeschfristen`);
  assert.equal(await page.locator('h1').innerText(), en.retention.title);
  assert.ok((await page.locator('tbody tr').count()) > 10, 'one row per kind of personal data');
  await expectNoAxeViolations(page);
});
