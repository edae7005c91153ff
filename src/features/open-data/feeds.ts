import type { Messages } from '../../platform/i18n/index.ts';

type FeedKey = keyof Messages['openData']['feeds']['entries'];

export interface Feed {
  /** the registered route; one with parameters exists once per record and is described, not linked */
  route: string;
  format: 'ical' | 'atom';
  key: FeedKey;
}

/**
 * Every feed of the platform (iCalendar and Atom). The open-data test compares this list with
 * the app's routes, so a new feed without an entry here fails it.
 */
export const FEEDS: Feed[] = [
  { route: '/veranstaltungen.ics', format: 'ical', key: 'eventsCalendar' },
  { route: '/veranstaltungen/feed.atom', format: 'atom', key: 'eventsAtom' },
  { route: '/veranstaltungen/:slug/termine/:dateId.ics', format: 'ical', key: 'dateCalendar' },
  { route: '/aktuelles/feed.atom', format: 'atom', key: 'news' },
  { route: '/call-for-solutions/feed.atom', format: 'atom', key: 'challenges' },
];

export const isLinkable = (feed: Feed) => !feed.route.includes(':');
