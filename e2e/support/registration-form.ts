import type { Page } from 'playwright-core';
import { messagesFor } from '../../src/platform/i18n/index.ts';

const de = messagesFor('de').eventRegistration;

/** Fills every question of the demo kick-off's registration form, as a person would. */
export async function fillRegistrationForm(page: Page, person: { email: string; organisation: string }): Promise<void> {
  await page.getByLabel(de.fields.salutation).selectOption({ label: 'Frau' });
  await page.getByLabel(de.fields.firstName).fill('Hanna');
  await page.getByLabel(de.fields.lastName).fill('Jessen');
  await page.getByLabel(de.fields.email).fill(person.email);
  await page.getByLabel(de.fields.organisation).fill(person.organisation);
  await page.getByRole('radio', { name: de.fields.roles.politik }).check();
  await page.getByRole('radio', { name: 'Ja, vegetarisch' }).check();
  await page.getByRole('group', { name: de.fields.worldCafe }).getByRole('radio').first().check();
  await page.getByRole('checkbox', { name: de.fields.consent }).check();
}
