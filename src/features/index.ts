import type { Feature } from '../platform/deps.ts';
import { accountsFeature } from './accounts/index.ts';
import { adminFeature } from './admin/index.ts';
import { competitionFeature } from './competition/index.ts';
import { designFeature } from './design/index.ts';
import { eventsFeature } from './events/index.ts';
import { knowledgeFeature } from './knowledge/index.ts';
import { organisationsFeature } from './organisations/index.ts';
import { pagesFeature } from './pages/index.ts';
import { reviewFeature } from './review/index.ts';
import { searchFeature } from './search/index.ts';

/**
 * Every feature of the platform, in the order of the main navigation. Accounts come before
 * organisations because the organisations' demo content links the demo accounts, and the
 * competition after them because its funded projects link their municipalities. The review
 * engine has no pages of its own; the features that use it mount them.
 */
export const features: Feature[] = [
  pagesFeature,
  eventsFeature,
  knowledgeFeature,
  accountsFeature,
  organisationsFeature,
  competitionFeature,
  reviewFeature,
  designFeature,
  adminFeature,
  searchFeature,
];
