import type { networkGroups as de } from '../de/network-groups.ts';

/** The network's groups (src/features/network/groups/). */
export const networkGroups: typeof de = {
  title: '',
};
