import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_APPLICATIONS } from '../src/features/competition/seed-applications.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';
import { demoEmail, logInAs } from './support/login.ts';

const de = messagesFor('de');
const m = de.competitionApplications;
const CALL = '/wettbewerb/digitale-modellkommunen-2027';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: de.common.nav.logout }).click();
  await page.waitForLoadState('load');
}

/** The state a task shows beside its name in the task list. */
async function taskState(page: Page, task: string): Promise<string> {
  const item = page.locator('.kern-task-list__item', { has: page.getByRole('link', { name: task, exact: true }) });
  return (await item.locator('.kern-task-list__status').innerText()).trim();
}

/** Answers every question of a section page: text with a sentence, choices with the first option. */
async function answerSection(page: Page): Promise<void> {
  for (const field of await page.locator('main form textarea, main form input[type="text"]').all()) {
    await field.fill('Die Ämter in Angeln bieten heute keine Sprechstunde in den Dörfern an.');
  }
  const groups = new Set(await page.locator('main form input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name)));
  for (const name of groups) await page.locator(`main form input[type="radio"][name="${name}"]`).first().check();
}

browserTest('a municipality manager fills the task list over two visits, invites a partner, submits and gets the receipt', async (_t, { newPage, server }) => {
  const page = await newPage();
  await logInAs(page, 'manager');

  // The call page offers to continue the Kreis's draft.
  await page.goto(CALL);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: m.start.continue('Kreis Schleswig-Flensburg') }).click();
  await page.getByRole('heading', { level: 1, name: m.taskList.title('Wettbewerb Digitale Modellkommunen 2027/2028') }).waitFor();
  await expectNoAxeViolations(page);
  assert.equal(await taskState(page, m.taskList.project), m.taskStates.done);
  const sections = await page.locator('a[href*="/abschnitt/"]').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).textContent ?? ''));
  assert.ok(sections.length >= 2, 'the call has a form with sections');

  // First visit: one section, then the person leaves.
  await page.getByRole('link', { name: sections[0], exact: true }).click();
  await expectNoAxeViolations(page);
  await answerSection(page);
  await page.getByRole('button', { name: m.save }).click();
  await page.getByText(m.notices.saved).waitFor();
  assert.equal(await taskState(page, sections[0]!), m.taskStates.done);
  await logOut(page);

  // Second visit: the draft is where it was left.
  await logInAs(page, 'manager');
  await page.goto('/wettbewerb/bewerbungen');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Digitale Amtsstuben in Angeln' }).click();
  assert.equal(await taskState(page, sections[0]!), m.taskStates.done);
  for (const section of sections.slice(1)) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await answerSection(page);
    await page.getByRole('button', { name: m.save }).click();
    await page.getByText(m.notices.saved).waitFor();
  }

  // The budget plan: a wrong amount is explained, the input kept; the right one is added.
  await page.getByRole('link', { name: m.taskList.budget, exact: true }).click();
  await page.getByLabel(m.budget.category).selectOption('personnel');
  await page.getByLabel(m.budget.description).fill('Projektkoordination beim Kreis, halbe Stelle');
  await page.getByLabel(m.budget.amount).fill('30 Tausend');
  await page.getByRole('button', { name: m.budget.addButton }).click();
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
  await expectNoAxeViolations(page);
  assert.equal(await page.getByLabel(m.budget.description).inputValue(), 'Projektkoordination beim Kreis, halbe Stelle');
  await page.getByLabel(m.budget.amount).fill('30.000');
  await page.getByRole('button', { name: m.budget.addButton }).click();
  await page.getByText(m.notices.added).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: m.back }).click();

  // A partner: the Gemeinde, whose manager (the same person here) confirms on the platform.
  await page.getByRole('link', { name: m.taskList.partners, exact: true }).click();
  await page.getByLabel(m.partners.organisation).selectOption({ label: 'Gemeinde Süderbrarup' });
  await page.getByLabel(m.partners.part).fill('Die Gemeinde stellt das Dorfgemeinschaftshaus für die Sprechstunde.');
  await page.getByRole('button', { name: m.partners.inviteButton }).click();
  await page.getByText(m.notices.invited).waitFor();
  await expectNoAxeViolations(page);
  await page.goto('/wettbewerb/bewerbungen');
  await page.getByRole('link', { name: m.mine.invitationLine('Kreis Schleswig-Flensburg', 'Digitale Amtsstuben in Angeln') }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.invitation.confirm }).click();
  await page.getByText(m.notices.answered).waitFor();

  // Check the answers and submit.
  await page.goto(`/wettbewerb/bewerbungen/${DEMO_APPLICATIONS.draft}`);
  assert.equal(await taskState(page, m.taskList.partners), m.taskStates.done);
  await page.getByRole('link', { name: m.taskList.check, exact: true }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.check.submit }).click();
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
  await page.getByLabel(m.check.declarationLabel).check();
  await page.getByRole('button', { name: m.check.submit }).click();
  await page.getByRole('heading', { level: 1, name: m.done.title }).waitFor();
  await expectNoAxeViolations(page);
  const reference = (await page.locator('code.dk-reference').innerText()).trim();
  assert.match(reference, /^WB-2027-\d{4}$/);

  // The receipt: an e-mail with the PDF, and the same PDF to download.
  const mail = await waitForMail(server.outboxDir, (mm) => mm.to.includes(demoEmail('manager')) && mm.subject.includes(reference));
  const raw = await fs.readFile(path.join(server.outboxDir, mail.file), 'utf8');
  assert.match(raw, /Content-Type: application\/pdf/);
  assert.match(raw, new RegExp(`filename=${reference}\\.pdf`));
  const href = await page.getByRole('link', { name: m.taskList.receipt }).getAttribute('href');
  const pdf = await page.request.get(href!);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  // Submitted, the application can no longer be changed.
  await page.goto(`/wettbewerb/bewerbungen/${DEMO_APPLICATIONS.draft}`);
  await page.getByRole('link', { name: m.taskList.withdraw }).waitFor();
  assert.equal(await page.locator('a[href$="/vorhaben"]').count(), 0, 'no task can be opened any more');
  await expectNoAxeViolations(page);
});
