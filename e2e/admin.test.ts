import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { createTestUser } from '../src/testing/harness.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';
import { demoEmail, logInAs } from './support/login.ts';

const de = messagesFor('de');
const m = de.admin;
const roles = de.accounts.account.roles;

function heading(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true });
}

/** From anywhere in the administration back to its start page, by the breadcrumbs. */
async function backToAdministration(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: de.common.breadcrumb }).getByRole('link', { name: m.title }).click();
  await heading(page, m.title).waitFor();
}

/** The text of one column in every body row of a table (locators only: they work without JavaScript). */
async function column(page: Page, table: string, index: number): Promise<string[]> {
  const rows = await page.getByRole('table', { name: table }).getByRole('row').all();
  return Promise.all(rows.slice(1).map(async (row) => (await row.getByRole('cell').nth(index).innerText()).trim()));
}

/** Every heading of the page: what a screen reader's heading list shows. */
function headings(page: Page): Promise<string[]> {
  return page.getByRole('heading').allInnerTexts();
}

browserTest('the administrator changes a role, finds it in the audit log and renames the installation', async (_t, { newPage, server }) => {
  const person = await createTestUser(server.runtime.deps, { email: 'frauke.foerster@beispiel.de', displayName: 'Frauke Förster' });
  const page = await newPage();
  await logInAs(page, 'admin');
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: de.common.mainNav }).getByRole('link', { name: de.common.nav.admin }).click();
  await heading(page, m.title).waitFor();
  await expectNoAxeViolations(page);

  // The user list, narrowed down by role.
  await page.getByRole('link', { name: m.sections.users.title }).click();
  await heading(page, m.users.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(m.users.role).selectOption({ label: roles.juror });
  await page.getByRole('button', { name: de.common.filter }).click();
  await page.waitForURL(/rolle=juror/);
  assert.equal(await page.getByRole('status').innerText(), m.users.count(1));
  assert.deepEqual(await column(page, m.users.title, 0), ['Jens Jury']);
  assert.equal(await page.getByLabel(m.users.role).inputValue(), 'juror', 'the filter stays selected');
  await expectNoAxeViolations(page);

  await page.getByLabel(m.users.role).selectOption({ label: roles.member });
  await page.getByRole('button', { name: de.common.filter }).click();
  await page.waitForURL(/rolle=member/);
  const members = await column(page, m.users.title, 0);
  assert.ok(members.includes('Frauke Förster'), `the new account is listed: ${members.join(', ')}`);
  assert.ok(!members.includes('Jens Jury'));
  assert.deepEqual(new Set(await column(page, m.users.title, 2)), new Set([roles.member]));
  await expectNoAxeViolations(page);

  // One account: its role becomes "Redaktion".
  await page.getByRole('link', { name: 'Frauke Förster' }).click();
  await heading(page, m.users.detailTitle('Frauke Förster')).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(m.users.newRole).selectOption({ label: roles.editor });
  await page.getByRole('button', { name: m.users.saveRole }).click();
  await page.getByText(m.users.saved).waitFor();
  assert.equal(await page.getByLabel(m.users.newRole).inputValue(), 'editor');
  assert.match(await page.getByRole('main').innerText(), new RegExp(`${m.users.role}\\s+${roles.editor}`));
  await expectNoAxeViolations(page);

  // The audit log says who changed what, with the state before and after.
  await backToAdministration(page);
  await page.getByRole('link', { name: m.sections.audit.title }).click();
  await heading(page, m.audit.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(m.audit.filterAction).selectOption({ label: de.audit.actions['user.role'] });
  await page.getByRole('button', { name: de.common.filter }).click();
  await page.waitForURL(/aktion=user\.role/);
  const entry = page.getByRole('table', { name: m.audit.title }).getByRole('row').filter({ hasText: person.id });
  assert.equal(await entry.count(), 1);
  const text = await entry.innerText();
  assert.ok(text.includes(demoEmail('admin')), 'the entry names who made the change');
  assert.ok(text.includes(de.audit.subjects.user.name), 'the entry names what was changed in words');
  assert.match(text, new RegExp(`${de.audit.fields.siteRole}\\s+${m.audit.before}:\\s*${roles.member}\\s*→\\s*${m.audit.after}:\\s*${roles.editor}`));
  assert.ok(!text.includes('siteRole'), 'not the recorded field name');
  await expectNoAxeViolations(page);

  // A new name for the installation shows in the header of every page.
  const siteName = 'Digitale Modellkommunen Schleswig-Holstein';
  await backToAdministration(page);
  await page.getByRole('link', { name: m.sections.settings.title }).click();
  await heading(page, m.settings.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(m.settings.siteName).fill(siteName);
  await page.getByRole('button', { name: de.common.save }).click();
  await page.getByText(m.settings.saved).waitFor();
  assert.equal(await page.getByRole('banner').getByRole('link', { name: siteName }).count(), 1);
  assert.equal(await page.title(), `${m.settings.title} – ${siteName}`);
  await expectNoAxeViolations(page);

  await backToAdministration(page);
  assert.equal(await page.getByRole('banner').getByRole('link', { name: siteName }).count(), 1);
  await page.getByRole('link', { name: m.sections.design.title }).click();
  await heading(page, de.design.title).waitFor();
  assert.equal(new URL(page.url()).pathname, '/verwaltung/design');
  await expectNoAxeViolations(page);
});

browserTest('the administration works without JavaScript', async (t, { newPage, server }) => {
  const person = await createTestUser(server.runtime.deps, { email: 'hauke.brodersen@beispiel.de', displayName: 'Hauke Brodersen' });
  const withScript = await newPage();
  const withoutScript = await newPage({ javaScriptEnabled: false });
  await logInAs(withScript, 'admin');
  await logInAs(withoutScript, 'admin');

  const pages = [
    { name: 'start page', path: '/verwaltung' },
    { name: 'user list', path: '/verwaltung/nutzer' },
    { name: 'user list filtered by role', path: '/verwaltung/nutzer?rolle=admin' },
    { name: 'one account', path: `/verwaltung/nutzer/${person.id}` },
    { name: 'audit log', path: '/verwaltung/protokoll' },
    { name: 'settings', path: '/verwaltung/einstellungen' },
    { name: 'design system', path: '/verwaltung/design' },
  ];
  for (const { name, path } of pages) {
    await t.test(`${name} (${path.replace(person.id, ':id')})`, async () => {
      await withScript.goto(path);
      await withoutScript.goto(path);
      const expected = await headings(withScript);
      assert.ok(expected.length > 0);
      assert.deepEqual(await headings(withoutScript), expected);
      // axe runs inside the page, so it checks the same markup where JavaScript is on.
      await expectNoAxeViolations(withScript);
    });
  }

  await t.test('the settings form submits', async () => {
    const siteName = 'Digitale Kommune ohne Skript';
    await withoutScript.goto('/verwaltung/einstellungen');
    await withoutScript.getByLabel(m.settings.siteName).fill(siteName);
    await withoutScript.getByRole('button', { name: de.common.save }).click();
    await withoutScript.getByText(m.settings.saved).waitFor();
    assert.equal(await withoutScript.getByRole('banner').getByRole('link', { name: siteName }).count(), 1);
    assert.equal(await withoutScript.getByLabel(m.settings.siteName).inputValue(), siteName);
  });

  await t.test('the user filter and the role form submit', async () => {
    await withoutScript.goto('/verwaltung/nutzer');
    // the whole name: the demo's network has another Brodersen
    await withoutScript.getByLabel(m.users.search).fill('Hauke Brodersen');
    await withoutScript.getByRole('button', { name: de.common.filter }).click();
    await withoutScript.waitForURL(/q=Hauke\+Brodersen/);
    assert.deepEqual(await column(withoutScript, m.users.title, 0), ['Hauke Brodersen']);
    await withoutScript.getByRole('link', { name: 'Hauke Brodersen' }).click();
    await withoutScript.getByLabel(m.users.newRole).selectOption({ label: roles.juror });
    await withoutScript.getByRole('button', { name: m.users.saveRole }).click();
    await withoutScript.getByText(m.users.saved).waitFor();
    assert.equal(await withoutScript.getByLabel(m.users.newRole).inputValue(), 'juror');
  });
});
