import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const m = de.knowledge;
const EDITOR = { email: 'redaktion@demo.digitale-kommune.de', password: 'Demo-Passwort-2026' };
const TITLE = 'Digitale Sitzungsdienste einführen';

function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { name });
}

browserTest('an editor writes a guide, sends it to review and publishes it; a visitor reads it', async (_t, { newPage }) => {
  const page = await newPage();
  await page.goto('/anmelden');
  await page.getByLabel(de.accounts.fields.email).fill(EDITOR.email);
  await page.getByLabel(de.accounts.fields.password, { exact: true }).fill(EDITOR.password);
  await page.getByRole('button', { name: de.accounts.login.submit }).click();
  await heading(page, de.accounts.account.title).waitFor();

  await page.goto('/verwaltung/wissen');
  await heading(page, m.editor.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: m.editor.create }).click();
  await heading(page, m.editor.createTitle).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: m.editor.fields.title }).fill(TITLE);
  await page.getByRole('textbox', { name: m.editor.fields.summary }).fill('Wie Rat und Ausschüsse papierlos arbeiten.');
  await page
    .getByRole('textbox', { name: m.editor.fields.body })
    .fill('## Ausgangslage\n\nViel Papier.\n\n## Auswahl\n\nEin Ratsinformationssystem.\n\n## Einführung\n\n- Schulung\n- Tablets');
  await page.getByLabel(m.editor.fields.step).selectOption('umsetzen');
  await page.getByRole('checkbox', { name: 'Verwaltung' }).first().check();
  await page.getByRole('button', { name: m.editor.preview }).click();
  await heading(page, m.editor.previewTitle).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.editor.save }).click();
  await heading(page, TITLE).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: m.editor.transitions.submit }).click();
  await page.getByText(m.editor.statusNow(m.status.in_review)).waitFor();
  await page.getByRole('button', { name: m.editor.transitions.publish }).click();
  await page.getByText(m.editor.statusNow(m.status.published)).waitFor();
  await expectNoAxeViolations(page);

  const visitor = await newPage();
  await visitor.goto('/wissen');
  await heading(visitor, m.public.title).waitFor();
  await expectNoAxeViolations(visitor);
  await visitor.getByRole('link', { name: TITLE }).first().click();
  await heading(visitor, TITLE).waitFor();
  assert.ok(await visitor.getByRole('navigation', { name: m.public.toc }).isVisible());
  await expectNoAxeViolations(visitor);

  await visitor.goto('/aktuelles');
  await expectNoAxeViolations(visitor);
  await visitor.goto('/wissen/erklaervideo-digitale-kommune');
  assert.equal(await visitor.locator('iframe').count(), 0);
  await expectNoAxeViolations(visitor);
  await visitor.goto('/handlungsfelder/verwaltung');
  await expectNoAxeViolations(visitor);
});
