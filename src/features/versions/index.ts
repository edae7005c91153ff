import type { Feature } from '../../platform/deps.ts';
import { versionsPersonalData } from './personal-data.ts';
import { versionsRetention } from './retention-entries.ts';

/**
 * The versions engine: numbered versions of the texts of other features' records (knowledge
 * items, solutions), their comparison and the views of their history. It has no routes of its
 * own: the owning feature mounts the pages and uses service.ts and ui.ts.
 */
export const versionsFeature: Feature = {
  name: 'versions',
  routes: () => {},
  personalData: versionsPersonalData,
  retention: versionsRetention,
};
