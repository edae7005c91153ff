/** The network's discussions (src/features/network/discussions/). */
export const networkDiscussions = {
  title: '',
};
