import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/features/accounts/seed.ts';
import { registerDirectly } from '../src/features/events/testing/registration-fixtures.ts';
import type { RegistrationAnswers } from '../src/features/events/registration/schema.ts';
import { DEMO_EVENTS } from '../src/features/events/seed.ts';
import type { AppDeps } from '../src/platform/deps.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const m = de.eventOperations;
const KICK_OFF = DEMO_EVENTS.kickOff;
const DATE = `/verwaltung/veranstaltungen/${KICK_OFF.id}/termine/${KICK_OFF.dates.luebeck}`;

const PEOPLE = [
  { firstName: 'Hauke', lastName: 'Jessen', organisation: 'Amt Süderbrarup' },
  { firstName: 'Merle', lastName: 'Thomsen', organisation: 'Stadt Lübeck' },
  { firstName: 'Sönke', lastName: 'Ahrens', organisation: '=Gemeinde Formelhausen' },
];

const references = new Map<string, string>();

/** Registrations for the Lübeck date through the registration service, as if people had used the form. */
async function registerPeople(deps: AppDeps): Promise<void> {
  if (references.size > 0) return;
  for (const p of PEOPLE) {
    const answers: RegistrationAnswers = {
      salutation: null,
      ...p,
      email: `${p.firstName.toLowerCase().replace('ö', 'oe')}@beispiel.de`,
      role: 'kommune',
      answers: { [KICK_OFF.question]: 'Ja, vegetarisch' },
      accessibilityNeeds: null,
      worldCafeQuestionId: KICK_OFF.worldCafeQuestion,
    };
    const outcome = await registerDirectly(deps, KICK_OFF.dates.luebeck, answers);
    assert.equal(outcome.kind, 'registered');
    references.set(p.lastName, outcome.registration.reference);
  }
}

browserTest('an editor sees the registrations of a date, exports them and opens the sign-in list', async (_t, { newPage, server }) => {
  await registerPeople(server.runtime.deps);
  const page = await newPage({ acceptDownloads: true });
  await logInAs(page, 'redaktion');

  await page.goto(`${DATE}/anmeldungen`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Anmeldungen: /);
  assert.ok(await page.getByRole('cell', { name: 'Merle Thomsen', exact: true }).isVisible());
  assert.ok(await page.getByRole('img', { name: m.chart.heading }).isVisible(), 'the chart has its accessible name');
  assert.match(await page.getByRole('region', { name: m.retention.heading }).innerText(), /automatisch gelöscht/);
  await expectNoAxeViolations(page);

  // The search works without JavaScript: a GET form.
  await page.getByLabel(m.registrations.search).fill(references.get('Ahrens')!);
  await page.getByRole('button', { name: m.registrations.searchSubmit }).click();
  await page.waitForURL(/suche=/);
  assert.equal(await page.getByRole('status').first().innerText(), m.registrations.found(1));
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.registrations.exportCsv }).click()]);
  assert.match(download.suggestedFilename(), /^anmeldungen-auftakt-digitale-modellkommunen-2027-2027-11-01\.csv$/);
  const csv = await fs.readFile((await download.path())!, 'utf8');
  assert.ok(csv.startsWith('\ufeffTermin;Anmeldenummer;Status;'));
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.ok(lines[0]!.includes('Essen Sie beim Imbiss mit?'), 'the event’s own questions are columns');
  assert.equal(lines.length, 1 + PEOPLE.length);
  const ahrens = lines.find((l) => l.includes(references.get('Ahrens')!))!;
  assert.match(ahrens, /;Bestätigt;;;Sönke;Ahrens;soenke@beispiel.de;'=Gemeinde Formelhausen;Kommune\/Verwaltung;Ja, vegetarisch;/);

  await page.getByRole('link', { name: m.registrations.printList }).click();
  await page.getByRole('table', { name: m.printList.caption(PEOPLE.length) }).waitFor();
  const names = await page.getByRole('table').getByRole('row').allInnerTexts();
  assert.deepEqual(
    names.slice(1).map((row) => row.split('\t')[1]),
    ['Ahrens, Sönke', 'Jessen, Hauke', 'Thomsen, Merle'],
  );
  await expectNoAxeViolations(page);
  // On paper only the list remains: no page header, no navigation.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.dk-header').isVisible(), false);
  assert.equal(await page.getByRole('table').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
});

browserTest('at the door, staff find a person and check them in, with and without JavaScript', async (_t, { newPage, server }) => {
  await registerPeople(server.runtime.deps);
  const page = await newPage();
  await logInAs(page, 'redaktion');
  await page.goto(`${DATE}/einlass`);
  await page.getByRole('heading', { name: m.checkIn.listHeading }).waitFor();
  await expectNoAxeViolations(page);

  // With JavaScript the list narrows while typing, before anything is sent.
  const entries = page.locator('[data-checkin-entry]');
  const before = await entries.count();
  await page.getByLabel(m.checkIn.search).pressSequentially('thoms');
  await page.waitForFunction(() => document.querySelectorAll('[data-checkin-entry]:not([hidden])').length === 1);
  assert.ok(before > 1);
  assert.equal(page.url().includes('suche='), false, 'filtered without a request');
  await page
    .getByRole('status')
    .filter({ hasText: m.checkIn.filterStatus(1) })
    .waitFor();
  await page.getByRole('button', { name: `${m.checkIn.checkIn} Merle Thomsen` }).click();
  await page.getByText(m.checkIn.checkedIn('Merle Thomsen')).waitFor();
  assert.match(await page.locator(`#p-${await idOf(page, 'Merle Thomsen')}`).innerText(), /anwesend seit \d{2}:\d{2} Uhr/);
  await expectNoAxeViolations(page);

  // Without JavaScript: the reference from the QR code, searched on the server.
  const plain = await newPage({ javaScriptEnabled: false });
  await logInAs(plain, 'redaktion');
  await plain.goto(`${DATE}/einlass`);
  await plain.getByLabel(m.checkIn.search).fill(references.get('Jessen')!.toLowerCase());
  await plain.getByRole('button', { name: m.checkIn.searchSubmit }).click();
  await plain.waitForURL(/suche=/);
  assert.equal(await plain.locator('[data-checkin-entry]').count(), 1);
  await plain.getByRole('button', { name: `${m.checkIn.checkIn} Hauke Jessen` }).click();
  await plain.getByText(m.checkIn.checkedIn('Hauke Jessen')).waitFor();
  assert.match(plain.url(), /suche=/, 'back to the same search');
  assert.match(await plain.locator('#checkin-counter').innerText(), /^2 von \d+ eingecheckt$/);
  await axeOnSamePage(page, plain.url());

  // A tap on the wrong person is undone.
  await plain.getByRole('button', { name: `${m.checkIn.undo} Hauke Jessen` }).click();
  await plain.getByText(m.checkIn.undone('Hauke Jessen')).waitFor();
  assert.ok(await plain.getByRole('button', { name: `${m.checkIn.checkIn} Hauke Jessen` }).isVisible());
  await axeOnSamePage(page, plain.url());
});

/** axe is a script: a page seen without JavaScript is checked by loading the same address where scripts run. */
async function axeOnSamePage(withScript: Page, url: string): Promise<void> {
  await withScript.goto(url);
  await expectNoAxeViolations(withScript);
}

async function idOf(page: Page, name: string): Promise<string> {
  const id = await page.locator('[data-checkin-entry]', { hasText: name }).getAttribute('id');
  assert.ok(id);
  return id.replace(/^p-/, '');
}

browserTest('an editor writes to everyone with a seat and publishes a World Café result; a member adds a thought', async (_t, { newPage, server }) => {
  await registerPeople(server.runtime.deps);
  const page = await newPage();
  await logInAs(page, 'redaktion');

  await page.goto(`${DATE}/nachrichten`);
  await page.getByRole('heading', { name: m.messages.title }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.messages.submit }).click();
  await page.getByRole('heading', { name: de.common.errorSummaryTitle }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(m.messages.subject).fill('Parkplätze am Rathaus');
  await page.getByLabel(m.messages.body).fill('Bitte nutzen Sie den Parkplatz hinter dem Rathaus.');
  await page.getByRole('button', { name: m.messages.submit }).click();
  await page.getByText(m.messages.sent(PEOPLE.length)).waitFor();
  assert.ok(await page.getByRole('cell', { name: 'Parkplätze am Rathaus' }).isVisible());
  await expectNoAxeViolations(page);

  await page.goto(`/verwaltung/veranstaltungen/${KICK_OFF.id}/world-cafe`);
  const result = page.locator(`#f-result-${KICK_OFF.worldCafeQuestion}`);
  await result.fill('## Die Tische waren sich einig\n\n- **Wohnsitz ummelden** zuerst\n- <script>alert(1)</script> bleibt Text');
  await page.locator('form', { has: result }).getByRole('button', { name: m.worldCafe.editor.publish }).click();
  await page.getByText(m.worldCafe.editor.notices.published).waitFor();
  await expectNoAxeViolations(page);

  const member = await newPage();
  await member.goto('/anmelden');
  await member.getByLabel(de.accounts.fields.email).fill('mitglied@demo.digitale-kommune.de');
  await member.getByLabel(de.accounts.fields.password, { exact: true }).fill(DEMO_PASSWORD);
  await member.getByRole('button', { name: de.accounts.login.submit }).click();
  await member.getByRole('heading', { name: de.accounts.account.title, exact: true }).waitFor();
  await member.goto(`/veranstaltungen/${KICK_OFF.slug}`);
  const question = member.locator(`article[aria-labelledby="world-cafe-${KICK_OFF.worldCafeQuestion}"]`);
  assert.ok(await question.getByRole('heading', { name: 'Die Tische waren sich einig' }).isVisible());
  assert.match(await question.innerText(), /<script>alert\(1\)<\/script> bleibt Text/);
  await expectNoAxeViolations(member);
  // An empty contribution comes back with the problem, on a page of its own.
  await question.getByRole('button', { name: m.worldCafe.submit }).click();
  await member.getByRole('heading', { name: m.worldCafe.contributionPageTitle }).waitFor();
  await expectNoAxeViolations(member);
  await member.getByLabel(m.worldCafe.contribute).fill('Online-Terminbuchung für das Bürgerbüro.');
  await member.getByRole('button', { name: m.worldCafe.submit }).click();
  await member.waitForURL(new RegExp(`/veranstaltungen/${KICK_OFF.slug}#world-cafe-`));
  assert.match(await question.innerText(), /Online-Terminbuchung für das Bürgerbüro\./);
});
