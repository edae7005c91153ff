import type { Locale } from '../../platform/i18n/index.ts';

/** How dates and times of events read on pages, in e-mails and in calendar files (Berlin time). */
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
