import type { Feature } from '../../platform/deps.ts';
import { reviewPersonalData } from './personal-data.ts';
import { reviewRetention } from './retention-entries.ts';

/**
 * The review engine: jurors assigned to the subjects of a process, their declarations of
 * conflicts of interest, their weighted scores and recommendations, and the ranking. It has no
 * routes of its own: the feature that owns a process mounts the pages and uses service.ts and
 * the views of views/index.ts.
 */
export const reviewFeature: Feature = {
  name: 'review',
  routes: () => {},
  personalData: reviewPersonalData,
  retention: reviewRetention,
};
