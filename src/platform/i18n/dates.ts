import type { Locale } from './index.ts';

/**
 * Every date and time the platform shows, in one place: Berlin time, German or British
 * English conventions, one Intl.DateTimeFormat per locale and style, built when first used.
 * Calendar days (a "YYYY-MM-DD" that names a day, not an instant) are shown as that day.
 */
const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const ZONE = 'Europe/Berlin';

const STYLES = {
  /** "30. September 2027 um 17:00" */
  dateTime: { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE },
  /** "30. September 2027" */
  date: { dateStyle: 'long', timeZone: ZONE },
  /** "Donnerstag, 30. September 2027" */
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE },
  /** "17:00" */
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE },
  /** "30.09.2027, 17:00", for spreadsheets */
  stamp: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE },
  /** "Do., 30. Sept.": the parts of a calendar leaf */
  leaf: { weekday: 'short', day: 'numeric', month: 'short', timeZone: ZONE },
  /** "30. Sept." of a calendar day */
  calendarDayShort: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  /** "30. September 2027" of a calendar day */
  calendarDayLong: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  /** "September 2027" of a calendar day */
  calendarMonth: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], STYLES[style]);
    formats.set(key, format);
  }
  return format;
}

export function formatDateTime(locale: Locale, value: Date): string {
  return formatter(locale, 'dateTime').format(value);
}

export function formatDate(locale: Locale, value: Date): string {
  return formatter(locale, 'date').format(value);
}

export function formatDay(locale: Locale, value: Date): string {
  return formatter(locale, 'day').format(value);
}

export function formatClock(locale: Locale, value: Date): string {
  return formatter(locale, 'clock').format(value);
}

/** The weekday, day and month of an instant in Berlin, short, as a calendar leaf shows them. */
export function formatLeaf(locale: Locale, value: Date): { weekday: string; day: string; month: string } {
  const parts = formatter(locale, 'leaf').formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: part('weekday'), day: part('day'), month: part('month') };
}

/** "30.09.2027 17:00": a date and time as spreadsheets read it, without a comma. */
export function formatStamp(locale: Locale, value: Date): string {
  return formatter(locale, 'stamp').format(value).replace(',', '');
}

/** A calendar day "YYYY-MM-DD" (e.g. a day of a chart), short or with month and year. */
export function formatCalendarDay(locale: Locale, day: string, length: 'short' | 'long'): string {
  return formatter(locale, length === 'short' ? 'calendarDayShort' : 'calendarDayLong').format(new Date(`${day}T00:00:00Z`));
}

/** The month and year of a calendar day "YYYY-MM-DD", e.g. "seit März 2023". */
export function formatCalendarMonth(locale: Locale, day: string): string {
  return formatter(locale, 'calendarMonth').format(new Date(`${day}T00:00:00Z`));
}
