/** The network's directory (src/features/network/directory/). */
export const networkDirectory = {
  title: '',
};
