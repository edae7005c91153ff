import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { findLink, waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';
import { submitLogin } from './support/login.ts';

const de = messagesFor('de');
const a = de.accounts;
const o = de.organisations;

const PERSON = { name: 'Jana Thomsen', email: 'jana.thomsen@beispiel.de', password: 'Sonne über der Schlei 2026' };
const MANAGER = { email: 'manager@demo.digitale-kommune.de', password: 'Demo-Passwort-2026' };
const ORGANISATION = 'Gemeinde Süderbrarup';

function heading(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true });
}

/**
 * A button's name with its hidden part, e.g. "Annehmen: Jana Thomsen". Chromium puts a space
 * before the visually hidden text (it is positioned absolutely), so the colon may follow one.
 */
function about(label: string, person: string): RegExp {
  return new RegExp(`^${label} ?: ${person}$`);
}

/**
 * Fails unless the main part of the page shows `text`. Line breaks do not count: a badge such as
 * the membership status is a box of its own, and innerText puts it on a line of its own.
 */
async function expectText(page: Page, text: string): Promise<void> {
  const shown = await page.getByRole('main').innerText();
  assert.ok(shown.replace(/\s+/g, ' ').includes(text), `expected the page ${page.url()} to show "${text}", it shows:\n${shown}`);
}

/** The number in the profile's "Mitglieder" row, e.g. "Mitglieder  3 Mitglieder". */
async function memberCount(page: Page): Promise<number> {
  const text = await page.getByRole('main').innerText();
  const count = new RegExp(`${o.profile.members}\\s+(\\d+)`).exec(text)?.[1];
  assert.ok(count, 'the profile shows how many members there are');
  return Number(count);
}

browserTest('a new person signs up, confirms the address, asks to join an organisation and is accepted', async (_t, { newPage, server }) => {
  const page = await newPage();

  // The start page invites people without an account to register.
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('link', { name: de.common.nav.signup }).click();
  await heading(page, a.signup.title).waitFor();
  await expectNoAxeViolations(page);

  // Sent empty, the form answers with an error summary that takes the focus ...
  await page.getByRole('button', { name: a.signup.submit }).click();
  const summary = page.getByRole('alert', { name: de.common.errorSummaryTitle });
  await summary.waitFor();
  await page.waitForLoadState('load');
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the error summary has the focus');
  assert.ok((await summary.innerText()).includes(a.signup.consentRequired));
  assert.equal(await page.getByLabel(a.fields.displayName).getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page);
  // ... and from there a keyboard user reaches the first field with a problem.
  await page.keyboard.press('Tab');
  const firstProblem = summary.getByRole('link').first();
  assert.ok(await firstProblem.evaluate((el) => el === document.activeElement), 'Tab moves to the first problem');
  await page.keyboard.press('Enter');
  assert.ok(await page.getByLabel(a.fields.displayName).evaluate((el) => el === document.activeElement), 'the link leads to the name field');

  // Filled in correctly, the account waits for the address to be confirmed.
  await page.getByLabel(a.fields.displayName).fill(PERSON.name);
  await page.getByLabel(a.fields.email).fill(PERSON.email);
  await page.getByLabel(a.fields.password, { exact: true }).fill(PERSON.password);
  await page.getByLabel(a.fields.passwordConfirm).fill(PERSON.password);
  await page.getByLabel(a.fields.privacyConsent).check();
  await page.getByRole('button', { name: a.signup.submit }).click();
  await heading(page, a.signup.checkEmailTitle).waitFor();
  await expectText(page, a.signup.checkEmailBody(PERSON.email));
  await expectNoAxeViolations(page);

  // The link in the e-mail leads to a button: only the click confirms the address.
  const mail = await waitForMail(server.outboxDir, (m) => m.to.includes(PERSON.email) && m.subject === a.mail.verifySubject);
  await page.goto(findLink(mail, '/registrieren/bestaetigen'));
  await heading(page, a.verify.confirmTitle).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: a.verify.confirmSubmit }).click();
  await heading(page, a.verify.doneTitle).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('main').getByRole('link', { name: a.login.title }).click();
  await heading(page, a.login.title).waitFor();
  await expectNoAxeViolations(page);
  await submitLogin(page, PERSON.email, PERSON.password);
  await expectText(page, a.account.notices.loggedIn);
  await expectNoAxeViolations(page);

  // Through the network and its directory of organisations to the organisation's profile.
  await page.getByRole('navigation', { name: de.common.mainNav }).getByRole('link', { name: de.common.nav.network }).click();
  await heading(page, de.network.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: de.network.entry.organisationsTitle, exact: true }).click();
  await heading(page, o.list.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: ORGANISATION, exact: true }).click();
  await heading(page, ORGANISATION).waitFor();
  await expectText(page, o.profile.notMember);
  const membersBefore = await memberCount(page);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: o.profile.join }).click();
  await page.getByText(o.notices.requested).waitFor();
  await expectText(page, `${o.profile.yourStatus}: ${o.status.requested}`);
  assert.equal(await page.getByRole('button', { name: o.profile.withdraw }).count(), 1);
  await expectNoAxeViolations(page);

  // The organisation's manager accepts the request, in a browser of her own.
  const manager = await newPage();
  await manager.goto('/anmelden');
  await expectNoAxeViolations(manager);
  await submitLogin(manager, MANAGER.email, MANAGER.password);
  await manager.getByRole('link', { name: a.account.organisationsLink }).click();
  await heading(manager, o.account.title).waitFor();
  await expectNoAxeViolations(manager);
  await manager.getByRole('link', { name: ORGANISATION, exact: true }).click();
  await heading(manager, ORGANISATION).waitFor();
  await expectNoAxeViolations(manager);
  await manager.getByRole('link', { name: o.profile.manageMembers }).click();
  await heading(manager, o.members.title(ORGANISATION)).waitFor();
  const requests = manager.getByRole('table', { name: o.members.requestsTitle });
  assert.ok((await requests.innerText()).includes(PERSON.email));
  await expectNoAxeViolations(manager);

  const accept = manager.getByRole('button', { name: about(o.members.accept, PERSON.name) });
  await accept.click();
  await manager.getByText(o.notices.accepted).waitFor();
  assert.ok((await manager.getByRole('table', { name: o.members.membersTitle }).innerText()).includes(PERSON.email));
  assert.equal(await accept.count(), 0, 'the request is no longer open');
  await expectNoAxeViolations(manager);

  // Back in her own browser, the person is now a member.
  await page.reload();
  await heading(page, ORGANISATION).waitFor();
  await expectText(page, `${o.profile.yourStatus}: ${o.status.member}`);
  assert.equal(await page.getByRole('button', { name: o.profile.leave }).count(), 1);
  assert.equal(await memberCount(page), membersBefore + 1);
  await expectNoAxeViolations(page);

  // Logging out ends the session: "Mein Konto" now asks for the login again.
  await page.getByRole('banner').getByRole('button', { name: de.common.nav.logout }).click();
  await page.getByText(a.logout.done).waitFor();
  await heading(page, a.login.title).waitFor();
  await expectNoAxeViolations(page);
  await page.goto('/konto');
  assert.equal(new URL(page.url()).pathname, '/anmelden');
  assert.equal(new URL(page.url()).searchParams.get('weiter'), '/konto');
  await heading(page, a.login.title).waitFor();
  await expectNoAxeViolations(page);
});
