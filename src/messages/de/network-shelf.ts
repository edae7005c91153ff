/** A group's file shelf and its events (src/features/network/shelf/). */
export const networkShelf = {
  title: '',
};
