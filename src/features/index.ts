import type { Feature } from '../platform/deps.ts';
import { accountsFeature } from './accounts/index.ts';
import { adminFeature } from './admin/index.ts';
import { designFeature } from './design/index.ts';
import { eventsFeature } from './events/index.ts';
import { organisationsFeature } from './organisations/index.ts';
import { pagesFeature } from './pages/index.ts';

/**
 * Every feature of the platform, in the order of the main navigation. Accounts come before
 * organisations because the organisations' demo content links the demo accounts.
 */
export const features: Feature[] = [pagesFeature, eventsFeature, accountsFeature, organisationsFeature, designFeature, adminFeature];
