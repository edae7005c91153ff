import { berlinToUtc, utcToBerlin } from '../../../platform/time/berlin-time.ts';

export type DigestFrequency = 'daily' | 'weekly';

/** The digest now due: its name ("2026-12-07", "2026-W50") and the instant it became due. */
export interface DigestPeriod {
  frequency: DigestFrequency;
  period: string;
  startsAt: Date;
}

/** Digests go out in the morning, before the working day in the town hall begins. */
const SEND_AT = '07:00';
const DAY_MS = 86_400_000;

function calendarDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function dayString(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** ISO 8601 week of a calendar day: the week belongs to the year of its Thursday. */
export function isoWeek(date: string): string {
  const day = calendarDay(date);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The latest period that has begun at `now`: the daily digest of a Berlin day is due from 07:00
 * that day, the weekly one from Monday 07:00. A sweep before 07:00 still belongs to the day
 * before, so a process that was down at 07:00 catches up, and a digest covers what happened
 * before its period began: what comes later waits for the next one.
 */
export function currentPeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const today = utcToBerlin(now).date;
  let day = today;
  if (berlinToUtc(today, SEND_AT).getTime() > now.getTime()) day = dayString(new Date(calendarDay(today).getTime() - DAY_MS));
  if (frequency === 'daily') return { frequency, period: day, startsAt: berlinToUtc(day, SEND_AT) };
  const weekday = (calendarDay(day).getUTCDay() + 6) % 7;
  const monday = dayString(new Date(calendarDay(day).getTime() - weekday * DAY_MS));
  return { frequency, period: isoWeek(monday), startsAt: berlinToUtc(monday, SEND_AT) };
}
