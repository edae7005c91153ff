import type { Feature } from '../platform/deps.ts';
import { accountsFeature } from './accounts/index.ts';
import { adminFeature } from './admin/index.ts';
import { apiFeature } from './api/index.ts';
import { challengesFeature } from './challenges/index.ts';
import { competitionFeature } from './competition/index.ts';
import { designFeature } from './design/index.ts';
import { eventsFeature } from './events/index.ts';
import { integrationsFeature } from './integrations/index.ts';
import { knowledgeFeature } from './knowledge/index.ts';
import { networkFeature } from './network/index.ts';
import { newsletterFeature } from './newsletter/index.ts';
import { openDataFeature } from './open-data/index.ts';
import { organisationsFeature } from './organisations/index.ts';
import { pagesFeature } from './pages/index.ts';
import { programmeFeature } from './programme/index.ts';
import { reviewFeature } from './review/index.ts';
import { searchFeature } from './search/index.ts';
import { seminarsFeature } from './seminars/index.ts';
import { solutionsFeature } from './solutions/index.ts';
import { ssoFeature } from './sso/index.ts';
import { strategyFeature } from './strategy/index.ts';
import { versionsFeature } from './versions/index.ts';

/**
 * Every feature of the platform, in the order of the main navigation. Accounts come before
 * organisations because the organisations' demo content links the demo accounts, and the
 * competition after them because its funded projects link their municipalities, and the
 * solution library after the competition because its demo solutions link funded projects. The
 * network follows the organisations: its entry in the navigation stands where their directory's was,
 * and its demo groups link demo people, organisations and events. The strategy workbench comes
 * after the solutions, whose demo solutions its demo measures re-use; the seminar series after
 * it, whose modules give homework in the workbench. The Call for Solutions follows: its demo
 * challenges come from the organisations' municipalities and a winner already became a solution.
 * The review and versions engines have no pages of their own; the features that use them mount them.
 */
export const features: Feature[] = [
  pagesFeature,
  eventsFeature,
  knowledgeFeature,
  accountsFeature,
  ssoFeature,
  organisationsFeature,
  networkFeature,
  competitionFeature,
  solutionsFeature,
  strategyFeature,
  seminarsFeature,
  challengesFeature,
  newsletterFeature,
  reviewFeature,
  versionsFeature,
  designFeature,
  integrationsFeature,
  openDataFeature,
  programmeFeature,
  adminFeature,
  searchFeature,
  apiFeature,
];
