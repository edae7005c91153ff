import type { HomeTeaserProvider } from '../../../platform/deps.ts';
import { formatClock, formatDate } from '../../../platform/i18n/dates.ts';
import { eventPath } from '../core/paths.ts';
import { listUpcomingPublishedDates } from '../core/event-repository.ts';
import { shortPlace } from '../core/places.ts';

const SHOWN = 3;

/** The next dates on the start page: what most visitors come for. */
export const nextEventsTeaser: HomeTeaserProvider = async (deps, locale, t, now) => {
  const entries = (await listUpcomingPublishedDates(deps.db, now)).filter((e) => !e.date.cancelledAt).slice(0, SHOWN);
  if (entries.length === 0) return undefined;
  return {
    title: t.events.home.title,
    items: entries.map(({ event, date }) => ({
      href: eventPath(event.slug),
      title: event.title,
      meta: `${formatDate(locale, date.startsAt)}, ${formatClock(locale, date.startsAt)} · ${shortPlace(date, t)}`,
    })),
    more: { href: '/veranstaltungen', label: t.events.home.more },
  };
};
