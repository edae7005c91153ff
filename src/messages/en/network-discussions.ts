import type { networkDiscussions as de } from '../de/network-discussions.ts';

/** The network's discussions (src/features/network/discussions/). */
export const networkDiscussions: typeof de = {
  title: '',
};
