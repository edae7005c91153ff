import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const m = de.events;
const TITLE = 'Werkstatt: Digitale Bürgerdienste im Amt';

function heading(page: Page, name: string | RegExp, level?: number) {
  return page.getByRole('heading', { name, ...(level ? { level } : {}) });
}

/** Fills the date form; the times come prefilled from the previous date where there is one. */
async function fillDate(page: Page, date: { day: string; deadline: string; online?: boolean; town?: string }): Promise<void> {
  const f = m.editor.date;
  if (date.online) {
    await page.getByRole('radio', { name: m.formats.online }).check();
    await page.getByRole('textbox', { name: f.streamUrl }).fill('https://stream.example.org/werkstatt-buergerdienste');
  } else {
    await page.getByRole('textbox', { name: f.placeName }).fill(`Amtshaus ${date.town}`);
    await page.getByRole('textbox', { name: f.street }).fill('Königstraße 5');
    await page.getByRole('textbox', { name: f.postcode }).fill('24392');
    await page.getByRole('textbox', { name: f.town, exact: true }).fill(date.town ?? '');
  }
  await page.locator('#f-day').fill(date.day);
  await page.locator('#f-startTime').fill('17:00');
  await page.locator('#f-endTime').fill('20:00');
  await page.locator('#f-deadlineDay').fill(date.deadline);
  await page.getByRole('textbox', { name: f.seats }).fill('40');
}

browserTest('an editor creates an event with two dates, publishes it, and the public page shows both', async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'redaktion');

  await page.getByRole('navigation', { name: de.common.mainNav }).getByRole('link', { name: m.nav }).click();
  await heading(page, m.list.title, 1).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: m.editor.title }).click();
  await heading(page, m.editor.title, 1).waitFor();
  await expectNoAxeViolations(page);

  // The create form: a mistake first, then the event as a draft.
  await page.getByRole('link', { name: m.editor.create }).click();
  await heading(page, m.editor.form.newTitle, 1).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: m.editor.form.summary }).fill('Wie Ämter ihre Dienste online anbieten.');
  await page.getByRole('button', { name: m.editor.form.create }).click();
  await page.getByRole('alert').getByText(de.common.errorSummaryTitle).waitFor();
  await expectNoAxeViolations(page);
  assert.equal(await page.getByRole('textbox', { name: m.editor.form.summary }).inputValue(), 'Wie Ämter ihre Dienste online anbieten.');
  await page.getByRole('textbox', { name: m.editor.form.title, exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: m.editor.form.organiser }).fill('Ministerium für Digitalisierung Schleswig-Holstein');
  await page.getByRole('textbox', { name: m.editor.form.description }).fill('Vorträge aus drei Ämtern.\n\n## Ablauf\n\nGespräche an Thementischen.');
  await page.getByRole('checkbox', { name: 'Verwaltung', exact: true }).check();
  await page.getByRole('button', { name: m.editor.form.create }).click();
  await heading(page, TITLE, 1).waitFor();
  await page.getByText(m.editor.notices.created).waitFor();
  await expectNoAxeViolations(page);

  // Two dates: one in person, one online.
  await page.getByRole('link', { name: m.editor.overview.addDate }).click();
  await heading(page, m.editor.date.newTitle, 1).waitFor();
  await expectNoAxeViolations(page);
  await fillDate(page, { day: '2027-10-14', deadline: '2027-10-07', town: 'Süderbrarup' });
  await page.getByRole('button', { name: m.editor.date.add }).click();
  await page.getByText(m.editor.notices.dateAdded).waitFor();

  await page.getByRole('link', { name: m.editor.overview.addDate }).click();
  await heading(page, m.editor.date.newTitle, 1).waitFor();
  await fillDate(page, { day: '2027-11-18', deadline: '2027-11-11', online: true });
  await page.getByRole('button', { name: m.editor.date.add }).click();
  await page.getByText(m.editor.notices.dateAdded).waitFor();
  await expectNoAxeViolations(page);
  const rows = page.getByRole('table', { name: m.editor.overview.dates }).getByRole('row');
  assert.equal(await rows.count(), 3, 'a header row and two dates');

  await page.getByRole('button', { name: m.editor.overview.publish }).click();
  await page.getByText(m.editor.notices.published).waitFor();
  await expectNoAxeViolations(page);
  await page.reload();
  await heading(page, TITLE, 1).waitFor();
  assert.equal(await page.getByText(m.editor.notices.published).count(), 0, 'a reload does not confirm again');

  await page.getByRole('link', { name: m.editor.overview.view }).click();
  await heading(page, TITLE, 1).waitFor();
  await expectNoAxeViolations(page);
  await heading(page, 'Donnerstag, 14. Oktober 2027 – Süderbrarup', 3).waitFor();
  await heading(page, 'Donnerstag, 18. November 2027 – Online', 3).waitFor();
  assert.equal(await page.getByRole('link', { name: new RegExp(`^${m.page.register}`) }).count(), 2);
  const main = await page.locator('main').innerText();
  assert.ok(main.includes('Amtshaus Süderbrarup\nKönigstraße 5\n24392 Süderbrarup'), main);
  assert.match(main, /17:00–\d\d:\d\d Uhr/, 'the time of the date at a glance');

  // The same page, read by a browser without JavaScript, as anyone else sees it.
  const plain = await newPage({ javaScriptEnabled: false });
  await plain.goto(page.url());
  assert.equal(await plain.getByRole('heading', { level: 3 }).count(), await page.getByRole('heading', { level: 3 }).count());
});
