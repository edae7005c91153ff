import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createNewsletter } from '../src/features/newsletter/save-newsletter.ts';
import { startSending } from '../src/features/newsletter/start-sending.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { createTestUser } from '../src/testing/harness.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { findLink, waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';

const m = messagesFor('de').newsletter;

function heading(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true, level: 1 });
}

browserTest('a visitor subscribes to the newsletter, confirms from the mail and later unsubscribes from an issue', async (_t, { newPage, server }) => {
  const email = 'amtsvorsteherin@kirchbarkau.example';
  const page = await newPage();

  await page.goto('/newsletter');
  await heading(page, m.public.title).waitFor();
  await expectNoAxeViolations(page);

  // An address that is no address: the error summary, the input kept.
  await page.getByLabel(m.public.email).fill('amtsvorsteherin-at-kirchbarkau');
  await page.getByRole('button', { name: m.public.submit }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel(m.public.email).inputValue(), 'amtsvorsteherin-at-kirchbarkau');
  await expectNoAxeViolations(page);

  await page.getByLabel(m.public.email).fill(email);
  await page.getByRole('button', { name: m.public.submit }).click();
  await heading(page, m.public.requestedTitle).waitFor();
  await expectNoAxeViolations(page);

  const confirmation = await waitForMail(server.outboxDir, (mail) => mail.to.includes(email));
  await page.goto(findLink(confirmation, '/newsletter/bestaetigen/'));
  await heading(page, m.confirm.title).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.confirm.button }).click();
  await heading(page, m.confirm.doneTitle).waitFor();
  await expectNoAxeViolations(page);

  // An editor sends an issue; the pacing job of the running server delivers it.
  const editor = await createTestUser(server.runtime.deps, { siteRole: 'editor' });
  await server.runtime.deps.db.transaction(async (tx) => {
    const now = new Date();
    const created = await createNewsletter(tx, {
      actor: editor,
      input: { subject: 'Neues aus dem Netzwerk Digitale Kommune', body: 'Am **20. Oktober** geht es online weiter.' },
      now,
    });
    assert.equal(created.kind, 'saved');
    if (created.kind === 'saved') assert.equal((await startSending(tx, { actor: editor, newsletterId: created.id, now })).kind, 'started');
  });
  const issue = await waitForMail(server.outboxDir, (mail) => mail.to.includes(email) && mail.subject === 'Neues aus dem Netzwerk Digitale Kommune');
  await page.goto(findLink(issue, '/newsletter/abbestellen/'));
  await heading(page, m.unsubscribe.title).waitFor();
  assert.ok((await page.getByRole('main').innerText()).includes(email));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: m.unsubscribe.button }).click();
  await heading(page, m.unsubscribe.doneTitle).waitFor();
  await expectNoAxeViolations(page);
});
