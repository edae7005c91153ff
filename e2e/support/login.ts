import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/features/accounts/seed.ts';
import { messagesFor } from '../../src/platform/i18n/index.ts';

const de = messagesFor('de');

/** The demo's accounts by the part of their address before the @ (src/features/accounts/seed.ts). */
export type DemoAccount = 'admin' | 'redaktion' | 'manager' | 'mitglied' | 'jury' | 'startup';

export function demoEmail(who: DemoAccount): string {
  return `${who}@demo.digitale-kommune.de`;
}

/** Fills in the login form the page shows, sends it and waits for the account page. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(de.accounts.fields.email).fill(email);
  await page.getByLabel(de.accounts.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: de.accounts.login.submit }).click();
  await page.getByRole('heading', { level: 1, name: de.accounts.account.title }).waitFor();
}

/** Opens the login page and logs in; a demo account's password unless another is given. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await submitLogin(page, email, password);
}

/** Logs in with one of the demo's accounts. */
export async function logInAs(page: Page, who: DemoAccount): Promise<void> {
  await logIn(page, demoEmail(who));
}
