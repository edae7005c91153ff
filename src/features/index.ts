import type { Feature } from '../platform/deps.ts';
import { accountsFeature } from './accounts/index.ts';
import { adminFeature } from './admin/index.ts';
import { pagesFeature } from './pages/index.ts';
import { designFeature } from './design/index.ts';

/** Every feature of the platform, in the order of the main navigation. */
export const features: Feature[] = [pagesFeature, accountsFeature, designFeature, adminFeature];
