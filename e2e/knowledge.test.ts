import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { referenceQrPng } from '../src/features/events/registration/qr.ts';
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

browserTest(
  'an editor writes a guide with a picture and publishes it; a visitor finds it by an inflected word and prints it',
  async (_t, { newPage, server }) => {
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

    // A picture without its text alternative is refused; with one it is added to the text.
    const picture = { name: 'sitzung.png', mimeType: 'image/png', buffer: referenceQrPng('Sitzungsdienst').png };
    await page.getByLabel(m.editor.imageFile).setInputFiles(picture);
    await page.getByRole('button', { name: m.editor.uploadImage }).click();
    await page.locator('.dk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(m.editor.imageFile).setInputFiles(picture);
    await page.getByRole('textbox', { name: m.editor.alt }).fill('Tablet mit der Tagesordnung der Ratssitzung');
    await page.getByRole('button', { name: m.editor.uploadImage }).click();
    await page.getByText(m.editor.imageAdded).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: m.editor.transitions.submit }).click();
    await page.getByText(m.editor.statusNow(m.status.in_review)).waitFor();
    await page.getByRole('button', { name: m.editor.transitions.publish }).click();
    await page.getByText(m.editor.statusNow(m.status.published)).waitFor();
    await expectNoAxeViolations(page);

    // The visitor searches the singular of a word the guide has in the plural.
    const visitor = await newPage();
    const outside: string[] = [];
    visitor.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await visitor.goto('/suche');
    await visitor
      .getByRole('searchbox', { name: de.search.query })
      .or(visitor.getByRole('textbox', { name: de.search.query }))
      .fill('Sitzungsdienst');
    await visitor.getByRole('button', { name: de.search.submit }).click();
    await visitor.getByRole('link', { name: TITLE }).first().waitFor();
    await expectNoAxeViolations(visitor);
    await visitor.getByRole('link', { name: TITLE }).first().click();
    await heading(visitor, TITLE).waitFor();
    assert.ok(await visitor.getByRole('navigation', { name: m.public.toc }).isVisible());
    const image = visitor.getByRole('img', { name: 'Tablet mit der Tagesordnung der Ratssitzung' });
    // shown when the reader gets to it (pictures load lazily): loaded from /dateien/… and decoded
    await image.scrollIntoViewIfNeeded();
    await visitor.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await image.elementHandle(), {
      timeout: 15_000,
    });
    await expectNoAxeViolations(visitor);

    // Printed, the page is the guide: no navigation, no buttons, the text and the picture stay.
    await visitor.emulateMedia({ media: 'print' });
    assert.equal(await visitor.locator('.dk-nav').isVisible(), false);
    assert.ok(await heading(visitor, TITLE).isVisible());
    assert.ok(await image.isVisible());
    const pdf = await visitor.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    await visitor.emulateMedia({ media: 'screen' });

    await visitor.goto('/wissen');
    await heading(visitor, m.public.title).waitFor();
    await expectNoAxeViolations(visitor);
    await visitor.goto('/aktuelles');
    await expectNoAxeViolations(visitor);
    await visitor.goto('/handlungsfelder/verwaltung');
    await expectNoAxeViolations(visitor);
    assert.deepEqual(outside, [], 'no request left this server');
  },
);

browserTest('an external video loads nothing from outside before the click; our own video plays with captions', async (_t, { newPage, server }) => {
  const visitor = await newPage();
  const outside: string[] = [];
  visitor.on('request', (request) => {
    if (!request.url().startsWith(server.baseUrl)) outside.push(request.url());
  });
  await visitor.goto('/wissen/erklaervideo-digitale-kommune');
  await visitor.waitForLoadState('networkidle');
  assert.equal(await visitor.locator('iframe').count(), 0);
  assert.deepEqual(outside, [], 'nothing requested from the video host before the click');
  await expectNoAxeViolations(visitor);
  await visitor.getByRole('button', { name: m.public.videoLoad }).click();
  const frame = visitor.locator('iframe');
  await frame.waitFor();
  assert.match(String(await frame.getAttribute('src')), /^https:\/\/www\.youtube-nocookie\.com\/embed\//);

  await visitor.goto('/wissen/video-in-drei-schritten-zur-digitalen-strategie');
  const video = visitor.locator('video');
  await video.waitFor();
  await expectNoAxeViolations(visitor);
  // Hidden, a captions track still loads its cues, which the page can then count.
  await video.evaluate((v: HTMLVideoElement) => {
    v.textTracks[0]!.mode = 'hidden';
  });
  const loaded = await visitor.waitForFunction(
    () => {
      const v = document.querySelector('video');
      const cues = v?.textTracks[0]?.cues?.length ?? 0;
      return v && v.readyState >= 1 && cues > 0 ? { duration: v.duration, cues } : false;
    },
    undefined,
    { timeout: 15_000 },
  );
  const played = (await loaded.jsonValue()) as { duration: number; cues: number };
  assert.ok(played.duration > 5, `duration ${played.duration}`);
  assert.ok(played.cues >= 3, `${played.cues} caption cues`);
});
