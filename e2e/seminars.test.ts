import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { insertMembership } from '../src/features/organisations/repository.ts';
import { certificatePath, editorModulePath, participationPath, registerPath, SERIES_PATH, seriesPath } from '../src/features/seminars/core/paths.ts';
import { MODULE_IDS, SERIES_ID, SERIES_SLUG } from '../src/features/seminars/seed-ids.ts';
import { DEMO_MODULES, DEMO_SERIES } from '../src/features/seminars/seed-series.ts';
import { workbenchPath } from '../src/features/strategy/plan/homework-service.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { createTestUser } from '../src/testing/harness.ts';
import { insertTestOrganisation } from '../src/testing/test-organisation.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { logIn, logInAs } from './support/login.ts';
import { browserTest } from './support/test.ts';

const run = promisify(execFile);

const de = messagesFor('de');
const c = de.seminarsCatalogue;
const r = de.seminarsRegistration;
const o = de.seminarsOperations;

// A Gemeinde the demo does not know, managed by its full-time mayor, who is new on the platform.
const ORG = { slug: 'gemeinde-testdorf-seminar', name: 'Gemeinde Testdorf' };
const MAYOR = { email: 'buergermeisterin@testdorf-seminar.example', displayName: 'Inke Carstensen' };
const FUNCTION = 'Hauptamtliche Bürgermeisterin der Gemeinde Testdorf';

async function errorSummary(page: Page): Promise<void> {
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
}

browserTest(
  'a mayor registers for the seminar series, is checked in for every module, finds the materials and the homework, and downloads the certificate',
  async (_t, { newPage, server }) => {
    const db = server.runtime.deps.db;
    const organisationId = await insertTestOrganisation(db, ORG.slug, ORG.name);
    const mayor = await createTestUser(server.runtime.deps, MAYOR);
    assert.ok(await insertMembership(db, { organisationId, userId: mayor.id, role: 'manager', status: 'active', decidedAt: new Date() }));

    // 1. The list of series and the series' page.
    const page = await newPage();
    await logIn(page, mayor.email, mayor.password);
    await page.goto(SERIES_PATH);
    await page.getByRole('heading', { level: 1, name: c.title }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: DEMO_SERIES.title }).first().click();
    await page.getByRole('heading', { level: 1, name: DEMO_SERIES.title }).waitFor();
    assert.equal(new URL(page.url()).pathname, seriesPath(SERIES_SLUG));
    for (const module of DEMO_MODULES) await page.getByRole('heading', { name: module.title }).first().waitFor();
    await expectNoAxeViolations(page);

    // 2. The form: sent empty it explains what is missing.
    await page.getByRole('link', { name: c.call.register }).click();
    await page.getByRole('heading', { level: 1, name: r.form.title(DEMO_SERIES.title) }).waitFor();
    assert.equal(new URL(page.url()).pathname, registerPath(SERIES_SLUG));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: r.form.submit }).click();
    await errorSummary(page);
    await expectNoAxeViolations(page);

    // 3. Without JavaScript: the form, the check page with the answers, the binding registration.
    const noJs = await newPage({ javaScriptEnabled: false });
    await logIn(noJs, mayor.email, mayor.password);
    await noJs.goto(registerPath(SERIES_SLUG));
    await noJs.getByLabel(r.form.organisation).selectOption({ label: ORG.name });
    await noJs.getByLabel(r.form.confirmsFunction(DEMO_SERIES.requiredFunction)).check();
    await noJs.getByLabel(r.form.functionStatement).fill(FUNCTION);
    await noJs.getByLabel(r.form.consent).check();
    await noJs.getByRole('button', { name: r.form.submit }).click();
    await noJs.getByRole('heading', { level: 1, name: r.check.title }).waitFor();
    await noJs.getByText(FUNCTION).waitFor();
    await noJs.getByText(ORG.name).first().waitFor();
    await noJs.getByRole('button', { name: r.check.submit }).click();
    await noJs.getByRole('heading', { level: 1, name: r.participation.title }).waitFor();
    assert.equal(new URL(noJs.url()).pathname, participationPath(SERIES_SLUG));
    await noJs.getByText(r.participation.confirmed).first().waitFor();

    // 4. The participant's page: registered, nothing attended, no certificate yet.
    await page.goto(participationPath(SERIES_SLUG));
    await page.getByRole('heading', { level: 1, name: r.participation.title }).waitFor();
    await page.getByText(r.participation.certificateLater).waitFor();
    assert.equal(await page.getByRole('link', { name: r.participation.certificate }).count(), 0);
    await expectNoAxeViolations(page);

    // 5. An editor checks the mayor in for the start workshop, held three weeks ago, and for the other modules.
    const editor = await newPage();
    await logInAs(editor, 'redaktion');
    for (const [m, moduleId] of MODULE_IDS.entries()) {
      await editor.goto(editorModulePath(SERIES_ID, moduleId, 'anwesenheit'));
      await editor.getByRole('heading', { level: 1, name: o.attendance.title(`${de.seminars.moduleNumber(m + 1)}: ${DEMO_MODULES[m]!.title}`) }).waitFor();
      if (m === 0) await expectNoAxeViolations(editor);
      const row = editor.getByRole('row').filter({ hasText: MAYOR.displayName });
      await row.waitFor();
      await row.getByRole('button', { name: o.attendance.markPresent }).click();
      await editor.getByText(o.attendance.checkedIn(MAYOR.displayName)).waitFor();
    }
    await expectNoAxeViolations(editor);

    // 6. The mayor finds the start workshop's materials and the homework in her workbench.
    await page.goto(participationPath(SERIES_SLUG));
    await page.getByRole('heading', { level: 1, name: r.participation.title }).waitFor();
    await page.getByText(r.participation.attended).first().waitFor();
    const homework = page.getByRole('link', { name: de.strategy.steps.assessment, exact: true });
    assert.equal(await homework.getAttribute('href'), workbenchPath(ORG.slug, 'assessment'));
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'In drei Schritten zur digitalen Strategie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'In drei Schritten zur digitalen Strategie' }).waitFor();
    await expectNoAxeViolations(page);
    await page.goBack();
    await page.getByRole('link', { name: 'Video: In drei Schritten zur digitalen Strategie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Video: In drei Schritten zur digitalen Strategie' }).waitFor();
    const captions = await page.locator('video track[kind="captions"]').getAttribute('src');
    assert.ok(captions, 'the video has its captions');
    const vtt = await page.request.get(captions);
    assert.equal(vtt.status(), 200);
    assert.match(await vtt.text(), /^WEBVTT/);
    await expectNoAxeViolations(page);
    await page.goto(workbenchPath(ORG.slug, 'assessment'));
    assert.equal(new URL(page.url()).pathname, workbenchPath(ORG.slug, 'assessment'));

    // 7. Every module attended: the certificate names her, the series and its modules.
    await page.goto(participationPath(SERIES_SLUG));
    const certificate = page.getByRole('link', { name: r.participation.certificate });
    assert.equal(await certificate.getAttribute('href'), certificatePath(SERIES_SLUG));
    const response = await page.request.get(certificatePath(SERIES_SLUG));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-seminar-pdf-'));
    try {
      const pdf = path.join(dir, 'bescheinigung.pdf');
      await fs.writeFile(pdf, await response.body());
      // in the order the PDF writes it, so that a title wrapped in its table cell stays in one piece
      const { stdout } = await run('pdftotext', ['-raw', pdf, '-']);
      // lines wrap where the cell ends: compare the words, not the line breaks
      const text = stdout.replace(/\s+/g, ' ');
      for (const expected of [r.certificate.title, MAYOR.displayName, ORG.name, DEMO_SERIES.title, ...DEMO_MODULES.map((m) => m.title)]) {
        assert.ok(text.includes(expected), `the certificate names ${expected}`);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
);
