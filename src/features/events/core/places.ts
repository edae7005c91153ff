import { formatDate } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { EventDateRow } from './event-repository.ts';

/** How the place of an event's date reads on pages, in e-mails and in calendar files. */

/** The address lines of a date's place, or the one word "Online". */
export function placeLines(date: Pick<EventDateRow, 'online' | 'placeName' | 'street' | 'postcode' | 'town'>, t: Messages): string[] {
  if (date.online) return [t.events.online];
  return [date.placeName ?? '', date.street ?? '', [date.postcode, date.town].filter(Boolean).join(' ')].filter((l) => l.trim() !== '');
}

/** "Amtsverwaltung Süderbrarup, Königstraße 5, 24392 Süderbrarup" or "Online". */
export function formatPlace(date: Pick<EventDateRow, 'online' | 'placeName' | 'street' | 'postcode' | 'town'>, t: Messages): string {
  return placeLines(date, t).join(', ');
}

/** A short name for a date among its siblings: the town, or the day for an online date. */
export function shortPlace(date: Pick<EventDateRow, 'online' | 'town'>, t: Messages): string {
  return date.online ? t.events.online : (date.town ?? '');
}

/**
 * How a date is named beside the other dates of its event: "in Lübeck", or with the day
 * when two dates share a town ("in Lübeck am 4. November 2027"), "online am …" online.
 */
export function dateWhere(date: EventDateRow, siblings: EventDateRow[], t: Messages, locale: Locale): string {
  const day = formatDate(locale, date.startsAt);
  if (date.online || !date.town) return t.events.where.onlineOn(day);
  const sameTown = siblings.filter((d) => !d.online && d.town === date.town).length;
  return sameTown > 1 ? t.events.where.inTownOn(date.town, day) : t.events.where.inTown(date.town);
}
