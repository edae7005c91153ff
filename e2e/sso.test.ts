import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/features/accounts/seed.ts';
import { startTestProvider } from '../src/features/sso/testing/test-provider.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { demoEmail } from './support/login.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const s = de.sso;
const PROVIDER = 'Landesportal SH';

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** At the provider's development pages (not ours: no axe there): log in as `sub` and agree. */
async function loginAtProvider(page: Page, sub: string): Promise<void> {
  await page.locator('input[name="login"]').fill(sub);
  await page.locator('input[name="password"]').fill('beliebig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function startAtApp(page: Page): Promise<void> {
  await page.goto('/anmelden');
  await heading(page, de.accounts.login.title).waitFor();
  await page.getByRole('button', { name: s.loginButton(PROVIDER) }).click();
}

browserTest(
  'a civil servant logs in with the state login service: a new account, an existing one linked, logout at the provider',
  async (t, { newPage, server }) => {
    const provider = await startTestProvider({ appBaseUrl: server.baseUrl });
    provider.accounts['kiel-redaktion'] = { email: demoEmail('redaktion'), email_verified: true, name: 'Redaktion Kiel', groups: [] };
    provider.accounts['kiel-ohne-js'] = { email: 'ohne.js@landesportal.example', email_verified: true, name: 'Nele Carstens', groups: [] };
    // The server is shared by this file only; its configuration is read per request, as the port is known only now.
    const config = server.runtime.deps.config;
    config.oidc = {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      scopes: 'openid email profile groups',
      providerName: PROVIDER,
      roleClaim: 'groups',
      roleMap: { 'dk-redaktion': 'editor' },
    };
    t.after(async () => {
      config.oidc = undefined;
      await provider.close();
    });
    const page = await newPage();
    // the provider's development pages load a web font from Google; nothing leaves this machine
    await page.context().route(/^https:\/\//, (route) => route.abort());

    // 1. A new person: the login page's button, the provider, the consent page, the account page.
    await startAtApp(page);
    assert.ok(page.url().startsWith(provider.issuer), 'at the provider');
    await loginAtProvider(page, 'kiel-neu');
    await heading(page, s.newAccount.title).waitFor();
    await page.getByText('Jana Petersen').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s.newAccount.submit }).click();
    const summary = page.getByRole('alert', { name: de.common.errorSummaryTitle });
    await summary.waitFor();
    assert.ok((await summary.innerText()).includes(s.newAccount.consentMissing));
    await expectNoAxeViolations(page);
    await page.getByLabel(s.newAccount.consent).check();
    await page.getByRole('button', { name: s.newAccount.submit }).click();
    await heading(page, de.accounts.account.title).waitFor();
    await page.getByRole('heading', { level: 2, name: s.account.title(PROVIDER) }).waitFor();
    await page.getByText(`${s.account.linkedAs} neu.kiel@landesportal.example`).waitFor();
    await page.getByText(s.account.noPasswordHint).waitFor();
    await expectNoAxeViolations(page);

    // 2. Logging out here also ends the session at the provider, which sends the person back.
    await page.getByRole('banner').getByRole('button', { name: de.common.nav.logout }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await heading(page, de.accounts.login.title).waitFor();
    assert.equal(new URL(page.url()).pathname, '/anmelden');
    await expectNoAxeViolations(page);

    // 3. The editors' demo account, verified at the provider under the same address: the password confirms the link.
    await page.getByRole('button', { name: s.loginButton(PROVIDER) }).click();
    await loginAtProvider(page, 'kiel-redaktion');
    await heading(page, s.link.title).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(s.link.passwordLabel).fill('falsches Passwort');
    await page.getByRole('button', { name: s.link.submit }).click();
    await page.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
    await page.getByText(s.link.wrongPassword).first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(s.link.passwordLabel).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: s.link.submit }).click();
    await heading(page, de.accounts.account.title).waitFor();
    await page.getByText(`${s.account.linkedAs} ${demoEmail('redaktion')}`).waitFor();
    await page.getByRole('button', { name: s.account.unlinkLabel(demoEmail('redaktion')) }).waitFor();
    await expectNoAxeViolations(page);

    // 4. An answer that belongs to no login of this browser: a readable 400 page, and a way to try again.
    const refused = await page.goto('/anmelden/sso/rueckkehr?state=fremd&code=fremd');
    assert.equal(refused?.status(), 400);
    await heading(page, s.refused.title).waitFor();
    await page.getByText(s.refused.reasons.noLogin).waitFor();
    await expectNoAxeViolations(page);

    // 5. Our pages need no JavaScript: the whole way for a new person, forms and redirects only.
    const noJs = await newPage({ javaScriptEnabled: false });
    await noJs.context().route(/^https:\/\//, (route) => route.abort());
    await startAtApp(noJs);
    await loginAtProvider(noJs, 'kiel-ohne-js');
    await heading(noJs, s.newAccount.title).waitFor();
    await noJs.getByLabel(s.newAccount.consent).check();
    await noJs.getByRole('button', { name: s.newAccount.submit }).click();
    await heading(noJs, de.accounts.account.title).waitFor();
    await noJs.getByText(`${s.account.linkedAs} ohne.js@landesportal.example`).waitFor();
  },
);
