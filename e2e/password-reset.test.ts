import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { createTestUser } from '../src/testing/harness.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { findLink, waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const a = de.accounts;

const NEW_PASSWORD = 'Leuchtturm am Deich 2026';

function heading(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true });
}

async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(a.fields.email).fill(email);
  await page.getByLabel(a.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: a.login.submit }).click();
}

browserTest('a person who forgot the password sets a new one with the link from the e-mail', async (_t, { newPage, server }) => {
  const person = await createTestUser(server.runtime.deps, { email: 'ole.jensen@beispiel.de', displayName: 'Ole Jensen' });
  const page = await newPage();

  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: de.common.nav.login }).click();
  await heading(page, a.login.title).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: a.login.forgot }).click();
  await heading(page, a.forgot.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(a.fields.email).fill(person.email);
  await page.getByRole('button', { name: a.forgot.submit }).click();
  await heading(page, a.forgot.sentTitle).waitFor();
  assert.ok((await page.getByRole('main').innerText()).includes(a.forgot.sentBody(person.email)));
  await expectNoAxeViolations(page);

  const mail = await waitForMail(server.outboxDir, (m) => m.to.includes(person.email) && m.subject === a.mail.resetSubject);
  const link = findLink(mail, '/passwort-zuruecksetzen');
  await page.goto(link);
  await heading(page, a.reset.title).waitFor();
  await expectNoAxeViolations(page);

  // Two different passwords: nothing changes, the form says why.
  await page.getByLabel(a.fields.newPassword).fill(NEW_PASSWORD);
  await page.getByLabel(a.fields.passwordConfirm).fill(`${NEW_PASSWORD}!`);
  await page.getByRole('button', { name: a.reset.submit }).click();
  const summary = page.getByRole('alert', { name: de.common.errorSummaryTitle });
  await summary.waitFor();
  assert.ok((await summary.innerText()).includes(de.common.validation.passwordsDiffer));
  assert.equal(await page.getByLabel(a.fields.passwordConfirm).getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page);

  // The same form, now with matching passwords, leads to the login page.
  await page.getByLabel(a.fields.newPassword).fill(NEW_PASSWORD);
  await page.getByLabel(a.fields.passwordConfirm).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: a.reset.submit }).click();
  await page.getByText(a.reset.done).waitFor();
  assert.equal(new URL(page.url()).pathname, '/anmelden');
  await expectNoAxeViolations(page);

  // The old password no longer works ...
  await fillLogin(page, person.email, person.password);
  await summary.waitFor();
  assert.ok((await summary.innerText()).includes(a.login.failed));
  assert.equal(await page.getByLabel(a.fields.email).inputValue(), person.email, 'the address typed is kept');
  await expectNoAxeViolations(page);

  // ... the new one does.
  await fillLogin(page, person.email, NEW_PASSWORD);
  await heading(page, a.account.title).waitFor();
  await expectNoAxeViolations(page);

  // The link worked once and is used up now.
  const response = await page.goto(link);
  assert.equal(response?.status(), 400);
  await heading(page, a.reset.invalidTitle).waitFor();
  assert.equal(await page.getByLabel(a.fields.newPassword).count(), 0, 'no form to set a password');
  assert.equal(await page.getByRole('link', { name: a.reset.requestNew }).getAttribute('href'), '/passwort-vergessen');
  await expectNoAxeViolations(page);
});
