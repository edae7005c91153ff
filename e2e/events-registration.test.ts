import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { getDateWithEvent } from '../src/features/events/core/event-lookups.ts';
import { seatsLeft } from '../src/features/events/core/rules.ts';
import { registerDirectly, testAnswers } from '../src/features/events/testing/registration-fixtures.ts';
import { HOLD_MINUTES } from '../src/features/events/core/rules.ts';
import { DEMO_EVENTS } from '../src/features/events/seed.ts';
import { backends } from '../src/platform/testing/test-database.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { findLink, waitForMail } from './support/outbox.ts';
import { fillRegistrationForm as fillForm } from './support/registration-form.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de').eventRegistration;
const kickOff = DEMO_EVENTS.kickOff;
const formOf = (dateId: string) => `/veranstaltungen/${kickOff.slug}/termine/${dateId}/anmeldung`;

// The main journey also runs on the PostgreSQL server (when there is one, always in CI), which
// the app uses in production; the other journeys stay on PGlite to keep the suite fast.
for (const backend of backends) {
  const on = backend === 'postgres' ? ' (on PostgreSQL)' : '';
  browserTest(
    `a person registers for the Lübeck date, corrects an answer, confirms, gets the receipt and cancels${on}`,
    async (_t, { newPage, server }) => {
      const page = await newPage();
      const email = `hanna.jessen.${Date.now()}@amt-beispiel.de`;
      await page.goto(formOf(kickOff.dates.luebeck));
      assert.match(await page.locator('h1').innerText(), /Anmeldung: /);
      await expectNoAxeViolations(page);

      // a mistake first: the error summary, the person's values kept
      await page.getByLabel(de.fields.email).fill('hanna-at-amt');
      await page.getByRole('button', { name: de.form.submit }).click();
      await page.getByRole('alert').getByText(messagesFor('de').common.errorSummaryTitle).waitFor();
      await expectNoAxeViolations(page);

      await fillForm(page, { email, organisation: 'Amt Beispielland' });
      await page.getByRole('button', { name: de.form.submit }).click();
      await page.getByRole('heading', { level: 1, name: de.check.title }).waitFor();
      await expectNoAxeViolations(page);
      assert.ok((await page.locator('main').innerText()).includes('Amt Beispielland'));

      // "Ändern" goes back to the form with every answer, at the field in question
      await page.getByRole('link', { name: `${messagesFor('de').common.change} ${de.fields.organisation}` }).click();
      await page.waitForURL(/anmeldung\?token=.+#f-organisation$/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-organisation', 'the field has the focus');
      await expectNoAxeViolations(page);
      assert.equal(await page.getByLabel(de.fields.email).inputValue(), email);
      assert.ok(await page.getByRole('checkbox', { name: de.fields.consent }).isChecked());
      await page.getByLabel(de.fields.organisation).fill('Hansestadt Lübeck');
      await page.getByRole('button', { name: de.form.submit }).click();
      await page.getByRole('heading', { level: 1, name: de.check.title }).waitFor();
      const answers = await page.locator('main').innerText();
      assert.ok(answers.includes('Hansestadt Lübeck') && !answers.includes('Amt Beispielland'));

      await page.getByRole('button', { name: de.check.submit }).click();
      await page.getByRole('heading', { level: 1, name: de.confirmation.confirmedTitle }).waitFor();
      await expectNoAxeViolations(page);
      const reference = await page.locator('code.dk-reference').innerText();
      assert.match(reference, /^DK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
      assert.ok((await page.locator('main').innerText()).includes('Breite Straße 62'));

      const receipt = await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.includes(reference));
      assert.ok(receipt.text.includes('23539 Lübeck'));
      const raw = await fs.readFile(path.join(server.outboxDir, receipt.file), 'utf8');
      assert.match(raw, /Content-Type: text\/calendar/i, 'the .ics is attached');
      assert.match(raw, /filename="?[\w-]+\.ics/);
      assert.match(raw, /Content-Type: image\/png/i, 'the QR code is attached');

      await page.goto(findLink(receipt, `/anmeldung/${reference}`));
      await page.getByRole('heading', { level: 1, name: de.manage.title }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: de.manage.cancelSubmit }).click();
      await page.getByText(de.manage.cancelledNotice).waitFor();
      await expectNoAxeViolations(page);
      await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Anmeldung storniert'));
    },
    { backend },
  );
}

browserTest('a person on the waiting list gets the offer when someone cancels and accepts it', async (_t, { newPage, server }) => {
  const deps = server.runtime.deps;
  const dateId = kickOff.dates.suederbrarup;
  // The date fills up through the real confirmation, as if its sixty seats had been taken.
  const { date } = (await getDateWithEvent(deps.db, dateId))!;
  const seated = [];
  for (let i = 0; i < seatsLeft(date); i++) {
    const outcome = await registerDirectly(
      deps,
      dateId,
      testAnswers({ questions: {}, worldCafe: [kickOff.worldCafeQuestion] }, { email: `teilnehmer${i}@amt-voll.de`, answers: { [kickOff.question]: 'Nein' } }),
    );
    assert.ok(outcome.kind === 'registered' && outcome.registration.status === 'confirmed');
    seated.push(outcome);
  }

  const page = await newPage();
  const email = `warteliste.${Date.now()}@amt-beispiel.de`;
  await page.goto(formOf(dateId));
  await page.getByText(de.form.fullTitle).waitFor();
  await expectNoAxeViolations(page);
  await fillForm(page, { email, organisation: 'Gemeinde Wartenberg' });
  await page.getByRole('button', { name: de.form.submit }).click();
  await page.getByText(de.check.waitingNotice).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: de.check.submitWaiting }).click();
  await page.getByRole('heading', { level: 1, name: de.confirmation.waitingTitle }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(de.confirmation.waitingBody(1)));
  await expectNoAxeViolations(page);

  // a confirmed person cancels through their own link
  const other = await newPage();
  const first = seated[0]!;
  await other.goto(`/anmeldung/${first.registration.reference}?token=${encodeURIComponent(first.manageToken)}`);
  await other.getByRole('button', { name: de.manage.cancelSubmit }).click();
  await other.getByText(de.manage.cancelledNotice).waitFor();

  const offer = await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Ein Platz ist frei'));
  await page.goto(findLink(offer, '/angebot'));
  await page.getByRole('heading', { level: 1, name: de.offer.title }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: de.offer.submit }).click();
  await page.getByText(de.manage.acceptedNotice).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(de.statuses.confirmed));
  await expectNoAxeViolations(page);
  await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Ihr Platz ist bestätigt'));
});

browserTest('the registration works without JavaScript', async (_t, { newPage, server }) => {
  const page = await newPage({ javaScriptEnabled: false });
  const email = `ohne-js.${Date.now()}@amt-beispiel.de`;
  await page.goto(formOf(kickOff.dates.heide));
  await fillForm(page, { email, organisation: 'Amt Ohne Skript' });
  await page.getByRole('button', { name: de.form.submit }).click();
  await page.getByRole('heading', { level: 1, name: de.check.title }).waitFor();
  await page.getByRole('link', { name: `${messagesFor('de').common.change} ${de.fields.lastName}` }).click();
  assert.equal(await page.getByLabel(de.fields.lastName).inputValue(), 'Jessen');
  await page.getByRole('button', { name: de.form.submit }).click();
  await page.getByRole('button', { name: de.check.submit }).click();
  await page.getByRole('heading', { level: 1, name: de.confirmation.confirmedTitle }).waitFor();
  await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Anmeldung bestätigt'));
});

browserTest(
  'with “registration only with a confirmed e-mail address” the seat is held until the link in the e-mail is confirmed',
  async (t, { newPage, server }) => {
    const workshop = DEMO_EVENTS.workshop;
    const db = server.runtime.deps.db;
    await db.execute(sql`update events set requires_confirmed_email = true where id = ${workshop.id}`);
    t.after(() => db.execute(sql`update events set requires_confirmed_email = false where id = ${workshop.id}`));

    const page = await newPage();
    const email = `bestaetigen.${Date.now()}@amt-beispiel.de`;
    await page.goto(`/veranstaltungen/${workshop.slug}/termine/${workshop.dates.first}/anmeldung`);
    await page.getByLabel(de.fields.firstName).fill('Hanna');
    await page.getByLabel(de.fields.lastName).fill('Jessen');
    await page.getByLabel(de.fields.email).fill(email);
    await page.getByLabel(de.fields.organisation).fill('Amt Beispielland');
    await page.getByRole('radio', { name: de.fields.roles.kommune }).check();
    await page.getByRole('checkbox', { name: de.fields.consent }).check();
    await page.getByRole('button', { name: de.form.submit }).click();
    await page.getByText(de.check.confirmLeadHeld(HOLD_MINUTES)).waitFor();
    await page.getByRole('button', { name: de.check.submit }).click();

    await page.getByRole('heading', { level: 1, name: de.address.heldTitle }).waitFor();
    await expectNoAxeViolations(page);
    assert.equal(await page.locator('main a[href^="/anmeldung/"]').count(), 0, 'no way round the e-mail');

    const mail = await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Bitte bestätigen Sie Ihre E-Mail-Adresse'));
    await page.goto(findLink(mail, '/bestaetigen'));
    await page.getByRole('heading', { level: 1, name: de.address.confirmTitle }).waitFor();
    await expectNoAxeViolations(page);
    assert.equal(await page.locator('main button').count(), 1);
    await page.getByRole('button', { name: de.address.confirmSubmit }).click();
    await page.getByText(de.manage.addressConfirmedNotice).waitFor();
    assert.ok((await page.locator('main').innerText()).includes(de.statuses.confirmed));
    await expectNoAxeViolations(page);
    await waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.startsWith('Anmeldung bestätigt'));
  },
);
