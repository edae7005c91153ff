import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { EventDateRow } from './event-repository.ts';

/** How dates, times and places of events read on pages, in e-mails and in calendar files (Berlin time). */
const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const ZONE = 'Europe/Berlin';

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}:${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { timeZone: ZONE, ...options });
    cache.set(id, f);
  }
  return f;
}

/** "Donnerstag, 30. September 2027" */
export function formatDay(locale: Locale, value: Date): string {
  return format(locale, 'day', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(value);
}

/** "30. September 2027" */
export function formatShortDay(locale: Locale, value: Date): string {
  return format(locale, 'short', { day: 'numeric', month: 'long', year: 'numeric' }).format(value);
}

/** "17:00" */
export function formatClock(locale: Locale, value: Date): string {
  return format(locale, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(value);
}

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
  const day = formatShortDay(locale, date.startsAt);
  if (date.online || !date.town) return t.events.where.onlineOn(day);
  const sameTown = siblings.filter((d) => !d.online && d.town === date.town).length;
  return sameTown > 1 ? t.events.where.inTownOn(date.town, day) : t.events.where.inTown(date.town);
}
