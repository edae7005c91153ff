import type { Feature } from '../../platform/deps.ts';
import { accountPersonalData } from './personal-data.ts';
import { accountsRetention } from './retention-entries.ts';
import { accountRoutes } from './routes.ts';
import { demoAccountWarnings, seedDemoAccounts } from './seed.ts';

/** Sign-up, login, password reset and "Mein Konto" with data export and deletion. */
export const accountsFeature: Feature = {
  name: 'accounts',
  routes: accountRoutes,
  personalData: accountPersonalData,
  retention: accountsRetention,
  seedDemo: seedDemoAccounts,
  startupWarnings: demoAccountWarnings,
};
