import type { Executor } from '../../../platform/db/client.ts';
import { formatClock } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { berlinToUtc, utcToBerlin } from '../../../platform/time/berlin-time.ts';
import {
  listItemRows,
  listItemRowsOfEvents,
  listVariationRows,
  listVariationRowsOfEvents,
  type EventDateRow,
  type EventRow,
  type ProgrammeItemRow,
  type ProgrammeVariationRow,
} from './event-repository.ts';
import type { EventDate } from './event-lookups.ts';
import { isWithinProgrammeWindow, programmeWindow } from './rules.ts';

/*
 * An item's time is kept as minutes after a date's start: the item's usual offset, or the
 * date's own offset for it (docs/decisions/0015-programme-times-per-date.md). Only this file
 * turns offsets into clock times and back.
 */

const MINUTE_MS = 60_000;

/** When something `offsetMinutes` after the date's start happens. */
export function startAt(date: Pick<EventDateRow, 'startsAt'>, offsetMinutes: number): Date {
  return new Date(date.startsAt.getTime() + offsetMinutes * MINUTE_MS);
}

/** The minutes from the date's start to a Berlin clock time (HH:MM) on the date's day. */
export function offsetOf(date: Pick<EventDateRow, 'startsAt'>, time: string): number {
  const at = berlinToUtc(utcToBerlin(date.startsAt).date, time);
  return Math.round((at.getTime() - date.startsAt.getTime()) / MINUTE_MS);
}

/** The Berlin clock time (HH:MM) of an offset at a date, as a time input shows it. */
export function clockOf(date: Pick<EventDateRow, 'startsAt'>, offsetMinutes: number): string {
  return utcToBerlin(startAt(date, offsetMinutes)).time;
}

export function takesPlaceAt(item: Pick<ProgrammeItemRow, 'onlyDateId'>, dateId: string): boolean {
  return item.onlyDateId === null || item.onlyDateId === dateId;
}

/**
 * The date an item's usual time is read from in the item form: the one date it takes place
 * at, else the first date that is not cancelled (else the first date).
 */
export function referenceDate<D extends EventDateRow>(dates: D[], onlyDateId: string | null): D | undefined {
  if (onlyDateId) return dates.find((d) => d.id === onlyDateId);
  return dates.find((d) => !d.cancelledAt) ?? dates[0];
}

/** When an item starts at one date; `own` when the date has its own time for it. */
export interface ItemTime<D extends EventDateRow = EventDate> {
  date: D;
  at: Date;
  own: boolean;
}

export interface ProgrammeEntry<D extends EventDateRow = EventDate> {
  item: ProgrammeItemRow;
  /** set when the item takes place at this one date only */
  onlyDate: D | undefined;
  /** other speakers at some dates ("in Lübeck: Bürgermeister …") */
  variations: { date: D; speaker: string }[];
  /** when the item starts at each date where it takes place, in the order of the dates */
  times: ItemTime<D>[];
}

/** The shared programme with its per-date differences, in the usual order of the day. */
export function assembleProgramme<D extends EventDateRow>(items: ProgrammeItemRow[], variations: ProgrammeVariationRow[], dates: D[]): ProgrammeEntry<D>[] {
  const dateById = new Map(dates.map((d) => [d.id, d]));
  const byStart = (a: { date: D }, b: { date: D }) => a.date.startsAt.getTime() - b.date.startsAt.getTime();
  return items.map((item) => {
    const own = variations.filter((v) => v.itemId === item.id);
    return {
      item,
      onlyDate: item.onlyDateId ? dateById.get(item.onlyDateId) : undefined,
      variations: own
        .flatMap((v) => {
          const date = dateById.get(v.dateId);
          return date && v.speaker !== null ? [{ date, speaker: v.speaker }] : [];
        })
        .sort(byStart),
      times: dates
        .filter((date) => takesPlaceAt(item, date.id))
        .map((date) => {
          const offset = own.find((v) => v.dateId === date.id)?.offsetMinutes ?? null;
          return { date, at: startAt(date, offset ?? item.offsetMinutes), own: offset !== null };
        })
        .sort(byStart),
    };
  });
}

/** One item of one date's programme, at that date's time and with that date's speaker. */
export interface DateProgrammeItem {
  item: ProgrammeItemRow;
  at: Date;
  /** the date has its own time for the item */
  own: boolean;
  speaker: string;
}

/** One date's programme in the order of that day. */
export function programmeAt<D extends EventDateRow>(programme: ProgrammeEntry<D>[], date: Pick<EventDateRow, 'id'>): DateProgrammeItem[] {
  return programme
    .flatMap((entry) => {
      const time = entry.times.find((t) => t.date.id === date.id);
      if (!time) return [];
      const speaker = entry.variations.find((v) => v.date.id === date.id)?.speaker ?? entry.item.speaker;
      return [{ item: entry.item, at: time.at, own: time.own, speaker }];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.item.position - b.item.position);
}

export type ShiftedProgramme =
  | { kind: 'shifted'; programme: DateProgrammeItem[] }
  /** the first item that would start before the doors open (or the start) or after the end */
  | { kind: 'outsideDate'; first: DateProgrammeItem; window: { from: Date; to: Date } };

/** A date's programme with every item `minutes` later (earlier when negative), if it still fits the date. */
export function shiftProgramme(
  programme: DateProgrammeItem[],
  date: Pick<EventDateRow, 'startsAt' | 'endsAt' | 'doorsOpenAt'>,
  minutes: number,
): ShiftedProgramme {
  const shifted = programme.map((p) => ({ ...p, at: new Date(p.at.getTime() + minutes * MINUTE_MS) }));
  const first = shifted.find((p) => !isWithinProgrammeWindow(date, p.at));
  return first ? { kind: 'outsideDate', first, window: programmeWindow(date) } : { kind: 'shifted', programme: shifted };
}

export type ItemTimeProblem<D extends EventDateRow> =
  /** a programme's times are read from a date's start: without a date there is nothing to read them from */
  { kind: 'noDates' } | { kind: 'outsideDate'; date: D; at: Date; window: { from: Date; to: Date } };

/**
 * Why an item's usual time, as the item form gives it, does not fit: the first date (not
 * cancelled, without its own time for the item) where the item would start outside the date.
 * An item at one date only has no own times left once saved. A date of another event is
 * not this rule's to judge: it finds no reference and no problem.
 */
export function itemTimeProblem<D extends EventDateRow>(
  dates: D[],
  entry: ProgrammeEntry<D> | undefined,
  input: { time: string; onlyDateId: string | null },
): ItemTimeProblem<D> | undefined {
  if (dates.length === 0) return { kind: 'noDates' };
  const reference = referenceDate(dates, input.onlyDateId);
  if (!reference) return undefined;
  const offset = offsetOf(reference, input.time);
  const own = new Set(input.onlyDateId ? [] : (entry?.times.filter((t) => t.own).map((t) => t.date.id) ?? []));
  for (const date of dates) {
    if (date.cancelledAt || own.has(date.id) || !takesPlaceAt(input, date.id)) continue;
    const at = startAt(date, offset);
    if (!isWithinProgrammeWindow(date, at)) return { kind: 'outsideDate', date, at, window: programmeWindow(date) };
  }
  return undefined;
}

/** A date's programme as lines of text for calendar files and e-mails: "17:00 Uhr Begrüßung – …". */
export function programmeLines(programme: DateProgrammeItem[], t: Messages, locale: Locale): string[] {
  return programme.map((p) => t.events.programmeLine(formatClock(locale, p.at), p.item.title, p.speaker));
}

/** Whether every item starts at the same clock time at every one of these dates. */
export function sameClockAtEveryDate<D extends EventDateRow>(programme: ProgrammeEntry<D>[], dates: Pick<EventDateRow, 'id'>[]): boolean {
  const shown = new Set(dates.map((d) => d.id));
  return programme.every((entry) => {
    const clocks = entry.times.filter((t) => shown.has(t.date.id)).map((t) => utcToBerlin(t.at).time);
    return clocks.every((c) => c === clocks[0]);
  });
}

/** The dates grouped by the clock times of their programme, each group in the order of its dates. */
export function groupByClockTimes<D extends EventDateRow>(programme: ProgrammeEntry<D>[], dates: D[]): D[][] {
  const groups = new Map<string, D[]>();
  for (const date of dates) {
    const key = programme
      .map((entry) => {
        const time = entry.times.find((t) => t.date.id === date.id);
        return time ? utcToBerlin(time.at).time : '';
      })
      .join('|');
    groups.set(key, [...(groups.get(key) ?? []), date]);
  }
  return [...groups.values()];
}

export async function getProgramme(db: Executor, eventId: string, dates: EventDate[]): Promise<ProgrammeEntry[]> {
  return assembleProgramme(await listItemRows(db, eventId), await listVariationRows(db, eventId), dates);
}

type Dated = { event: EventRow; date: EventDateRow };

/** Each date's own programme, for calendar files and e-mails: two queries however many events. */
export async function withDateProgrammes<T extends Dated>(db: Executor, entries: T[]): Promise<(T & { programme: DateProgrammeItem[] })[]> {
  const eventIds = [...new Set(entries.map((e) => e.event.id))];
  const items = await listItemRowsOfEvents(db, eventIds);
  const variations = await listVariationRowsOfEvents(db, eventIds);
  return entries.map((entry) => {
    const own = items.filter((i) => i.eventId === entry.event.id);
    const ids = new Set(own.map((i) => i.id));
    const programme = assembleProgramme(
      own,
      variations.filter((v) => ids.has(v.itemId)),
      [entry.date],
    );
    return { ...entry, programme: programmeAt(programme, entry.date) };
  });
}

/** One date's own programme, for its calendar file and the e-mails about it. */
export async function withDateProgramme<T extends Dated>(db: Executor, entry: T): Promise<T & { programme: DateProgrammeItem[] }> {
  const programme = assembleProgramme(await listItemRows(db, entry.event.id), await listVariationRows(db, entry.event.id), [entry.date]);
  return { ...entry, programme: programmeAt(programme, entry.date) };
}
