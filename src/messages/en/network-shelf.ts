import type { networkShelf as de } from '../de/network-shelf.ts';

/** A group's file shelf and its events (src/features/network/shelf/). */
export const networkShelf: typeof de = {
  title: '',
};
