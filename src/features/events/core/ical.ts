import { messagesFor, type Messages } from '../../../platform/i18n/index.ts';
import type { EventDateRow, EventRow } from './event-repository.ts';
import { formatPlace, shortPlace } from './places.ts';
import { formatClock } from '../../../platform/i18n/dates.ts';
import { eventPath } from './paths.ts';
import { programmeLines, type DateProgrammeItem } from './programme.ts';

/**
 * iCalendar (RFC 5545) for event dates: one file per date and a feed of all coming dates.
 * Written by hand because the format is small: escaped text values, UTC times, CRLF line
 * ends and lines folded at 75 octets.
 */

export interface IcsEntry {
  /** stable for the date, so that calendars update the entry instead of adding another */
  uid: string;
  summary: string;
  description: string;
  /** the full address, or "Online" */
  location: string;
  url: string;
  start: Date;
  end: Date;
  cancelled: boolean;
  /** when the entry last changed (DTSTAMP and LAST-MODIFIED) */
  changed: Date;
}

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become \n. */
export function icsText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // other control characters are not allowed in content lines
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** 20270930T150000Z */
export function icsUtc(value: Date): string {
  return value
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Folds a content line into chunks of at most 75 octets, each continuation starting with a
 * space. Counts UTF-8 bytes and never splits a character (umlauts are two bytes).
 */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = chunks.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (bytes + size > limit) {
      chunks.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function vevent(entry: IcsEntry): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(entry.uid)}`,
    `DTSTAMP:${icsUtc(entry.changed)}`,
    `LAST-MODIFIED:${icsUtc(entry.changed)}`,
    `DTSTART:${icsUtc(entry.start)}`,
    `DTEND:${icsUtc(entry.end)}`,
    `SUMMARY:${icsText(entry.summary)}`,
    `DESCRIPTION:${icsText(entry.description)}`,
    `LOCATION:${icsText(entry.location)}`,
    `URL:${entry.url}`,
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A complete calendar with the given entries; `name` labels a subscribed feed. */
export function icsCalendar(entries: IcsEntry[], options: { name?: string } = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Digitale Kommune//Veranstaltungen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${icsText(options.name)}`, 'X-WR-TIMEZONE:Europe/Berlin'] : []),
    ...entries.flatMap(vevent),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A date as its calendar entry shows it: with its event and its own programme. */
export interface CalendarDate {
  event: EventRow;
  date: EventDateRow;
  programme: DateProgrammeItem[];
}

/** The date's programme at its own times; a cancelled date has none to follow. */
function programmeText(entry: CalendarDate, t: Messages): string {
  if (entry.date.cancelledAt || entry.programme.length === 0) return '';
  return [`${t.events.ics.programme}:`, ...programmeLines(entry.programme, t, 'de')].join('\n');
}

function icsEntry(entry: CalendarDate, baseUrl: string, t: Messages): IcsEntry {
  const { event, date } = entry;
  const m = t.events.ics;
  const url = `${baseUrl}${eventPath(event.slug)}`;
  const place = shortPlace(date, t);
  const description = [
    event.summary,
    `${m.organiser}: ${event.organiser}`,
    date.doorsOpenAt ? m.doorsOpen(formatClock('de', date.doorsOpenAt)) : '',
    date.online ? m.streamLater : '',
    programmeText(entry, t),
    date.note,
    url,
  ].filter(Boolean);
  return {
    uid: `${date.id}@${new URL(baseUrl).hostname}`,
    summary: date.cancelledAt ? m.cancelledSummary(event.title, place) : `${event.title} – ${place}`,
    description: description.join('\n\n'),
    location: formatPlace(date, t),
    url,
    start: date.startsAt,
    end: date.endsAt,
    cancelled: Boolean(date.cancelledAt),
    changed: event.updatedAt,
  };
}

/** The .ics file of one date (RFC 5545, CRLF, the UID is stable for the date). */
export function dateIcs(entry: CalendarDate, baseUrl: string, t: Messages = messagesFor('de')): string {
  return icsCalendar([icsEntry(entry, baseUrl, t)]);
}

/** The subscribable calendar of many dates. */
export function feedIcs(entries: CalendarDate[], baseUrl: string, t: Messages): string {
  return icsCalendar(
    entries.map((e) => icsEntry(e, baseUrl, t)),
    { name: t.events.ics.feedName },
  );
}
