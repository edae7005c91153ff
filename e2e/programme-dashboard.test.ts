import assert from 'node:assert/strict';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { logInAs } from './support/login.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const m = de.programme;

browserTest('the editors open the programme dashboard, filter by a Kreis, sort, see the Kreise and download the table', async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'redaktion');
  await page.goto('/verwaltung');
  await page.getByRole('link', { name: m.adminTitle }).click();
  await page.getByRole('heading', { level: 1, name: m.title }).waitFor();
  await expectNoAxeViolations(page);
  assert.equal(await page.getByRole('table', { name: m.funnel.heading }).getByRole('row').count(), 11);

  // the GET form without any script: the Kreis Dithmarschen (its AGS 01051000) and only its row
  await page.getByLabel(m.filter.kreis, { exact: true }).selectOption({ label: 'Kreis Dithmarschen' });
  await page.getByRole('button', { name: m.filter.apply }).click();
  await page.waitForURL(/kreis=01051/);
  const municipalities = page.getByRole('table', { name: m.table.caption });
  assert.deepEqual(await municipalities.getByRole('row').nth(1).getByRole('cell').first().innerText(), 'Kreis Dithmarschen');
  assert.equal(await municipalities.getByRole('row').count(), 2);
  await expectNoAxeViolations(page);

  // back to all, sorted by funding, largest first
  await page.getByRole('link', { name: m.filter.reset }).click();
  await page.getByRole('link', { name: `${m.table.columns.foerderung}, ${m.table.sortBy(m.table.columns.foerderung)}` }).click();
  await page.waitForURL(/sortierung=foerderung&richtung=ab/);
  const firstFunding = await municipalities.getByRole('row').nth(1).getByRole('cell').nth(8).innerText();
  assert.match(firstFunding, /100\.000/);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: m.export.csv }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'programm-dashboard.csv');
  const text = await import('node:fs/promises').then(async (fs) => fs.readFile((await file.path())!, 'utf8'));
  assert.match(text.split('\r\n')[0]!, /^\ufeffKommune;Art;Kreisschlüssel;Kreis;/);

  await page.getByRole('link', { name: m.kreiseLink }).click();
  await page.getByRole('heading', { level: 1, name: m.kreise.title }).waitFor();
  await page.getByRole('heading', { level: 2, name: /Kreis Dithmarschen/ }).waitFor();
  await expectNoAxeViolations(page);
});
