import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_EVENTS } from '../src/features/events/seed.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const m = de.events.editor.programme;
const KICK_OFF = DEMO_EVENTS.kickOff;

function heading(page: Page, name: string | RegExp, level: number) {
  return page.getByRole('heading', { name, level });
}

/** "17:00" an hour later; the demo's programme runs in the evening, far from midnight. */
function hourLater(time: string): string {
  const [h, min] = time.split(':');
  return `${String(Number(h) + 1).padStart(2, '0')}:${min}`;
}

/** The clock times the public page lists under one date's programme heading. */
async function publicTimes(page: Page, heading: string): Promise<string[]> {
  const list = page.locator(`h3:text-is("${heading}") + dl`);
  return (await list.locator('dt').allInnerTexts()).map((t) => t.replace(' Uhr', '').trim());
}

browserTest('an editor moves the Heide programme by an hour, and the public page shows it', async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'redaktion');

  await page.goto(`/verwaltung/veranstaltungen/${KICK_OFF.id}`);
  await page.getByRole('navigation', { name: de.events.editor.subnav.label }).getByRole('link', { name: de.events.editor.subnav.programme }).click();
  await heading(page, m.title, 1).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: m.editDateTimes('in Heide') }).click();
  await heading(page, m.dateTitle('in Heide'), 1).waitFor();
  await expectNoAxeViolations(page);
  const inputs = page.locator('input[name="time"]');
  const before = await inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
  assert.ok(before.length > 1, 'the Heide date has a programme');

  // An hour later the programme would run past the end of the date: refused, nothing changes.
  await page.getByLabel(m.shiftMinutes).fill('60');
  await page.getByRole('button', { name: m.shiftSubmit }).click();
  await page.getByRole('alert').getByText(de.common.errorSummaryTitle).waitFor();
  await expectNoAxeViolations(page);
  assert.equal(await page.getByLabel(m.shiftMinutes).inputValue(), '60');

  // The evening in Heide runs an hour longer, so that the programme fits an hour later.
  await page.getByRole('link', { name: `${de.common.change} ${de.events.page.end}` }).click();
  await heading(page, de.events.editor.date.editTitle, 1).waitFor();
  await expectNoAxeViolations(page);
  const end = await page.locator('#f-endTime').inputValue();
  await page.locator('#f-endTime').fill(hourLater(end));
  await page.getByRole('checkbox', { name: de.events.editor.date.notify }).uncheck();
  await page.getByRole('button', { name: de.common.save }).click();
  await page.getByText(de.events.editor.notices.dateSaved).waitFor();

  await page.goto(`/verwaltung/veranstaltungen/${KICK_OFF.id}/programm`);
  await page.getByRole('link', { name: m.editDateTimes('in Heide') }).click();
  await heading(page, m.dateTitle('in Heide'), 1).waitFor();
  await page.getByLabel(m.shiftMinutes).fill('60');
  await page.getByRole('button', { name: m.shiftSubmit }).click();
  await page.getByText(m.shiftPreview(60)).waitFor();
  await expectNoAxeViolations(page);
  const later = before.map(hourLater);
  assert.deepEqual(await inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value)), later);
  await page.getByRole('button', { name: m.timesSubmit }).click();
  await page.getByText(de.events.editor.notices.programmeTimesSaved).waitFor();
  await expectNoAxeViolations(page);
  const heideColumn = await page.getByRole('table').locator('tbody tr td:nth-child(4)').allInnerTexts();
  assert.ok(
    heideColumn.every((cell) => cell.includes(m.ownTime)),
    'every time in Heide is the date’s own',
  );

  await page.goto(`/veranstaltungen/${KICK_OFF.slug}`);
  await heading(page, de.events.page.programmeAt('in Heide'), 3).waitFor();
  await expectNoAxeViolations(page);
  assert.deepEqual(await publicTimes(page, de.events.page.programmeAt('in Heide')), later);
  assert.deepEqual(await publicTimes(page, de.events.page.programmeAt('in Süderbrarup und in Lübeck')), before);

  // The same page without JavaScript shows the same programmes.
  const plain = await newPage({ javaScriptEnabled: false });
  await plain.goto(page.url());
  assert.deepEqual(await publicTimes(plain, de.events.page.programmeAt('in Heide')), later);
});
