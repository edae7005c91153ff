import { hashPassword } from '../../platform/auth/password.ts';
import { findUserByEmail, insertUser } from '../../platform/auth/user-repository.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import type { AppDeps } from '../../platform/deps.ts';

/** Listed in README.md; only created where demo content is switched on. */
export const DEMO_PASSWORD = 'Demo-Passwort-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; siteRole: SiteRole }[] = [
  { email: 'admin@demo.digitale-kommune.de', displayName: 'Ada Administratorin', siteRole: 'admin' },
  { email: 'redaktion@demo.digitale-kommune.de', displayName: 'Rieke Redaktion', siteRole: 'editor' },
  { email: 'jury@demo.digitale-kommune.de', displayName: 'Jens Jury', siteRole: 'juror' },
  { email: 'manager@demo.digitale-kommune.de', displayName: 'Maren Hansen', siteRole: 'member' },
  { email: 'mitglied@demo.digitale-kommune.de', displayName: 'Mika Petersen', siteRole: 'member' },
  { email: 'startup@demo.digitale-kommune.de', displayName: 'Lena Brandt', siteRole: 'member' },
];

export async function seedDemoAccounts(deps: AppDeps): Promise<void> {
  let passwordHash: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(deps.db, account.email)) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    await insertUser(deps.db, { ...account, passwordHash, emailVerifiedAt: new Date() });
  }
}

/**
 * The demo accounts have a password printed in README.md: on a system that real people use,
 * anyone could log in as its administrator. Said at every start for as long as one exists.
 */
export async function demoAccountWarnings(deps: AppDeps): Promise<string[]> {
  const found: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = await findUserByEmail(deps.db, account.email);
    if (user && !user.disabledAt) found.push(account.email);
  }
  if (found.length === 0) return [];
  return [
    `DEMO ACCOUNTS EXIST with the published password from README.md: ${found.join(', ')}. Anyone can log in with them. On a live system, delete or disable them under /verwaltung/nutzer.`,
  ];
}
