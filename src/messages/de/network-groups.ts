/** The network's groups (src/features/network/groups/). */
export const networkGroups = {
  title: '',
};
