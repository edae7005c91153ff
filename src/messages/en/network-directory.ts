import type { networkDirectory as de } from '../de/network-directory.ts';

/** The network's directory (src/features/network/directory/). */
export const networkDirectory: typeof de = {
  title: '',
};
