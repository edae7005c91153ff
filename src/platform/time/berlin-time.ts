/**
 * Events happen in Germany: editors type a local date and clock time, the database keeps
 * instants in UTC. These helpers convert between the two for Europe/Berlin, using the
 * time-zone data that Node's Intl already carries (no library).
 */
const ZONE = 'Europe/Berlin';
const HOUR_MS = 3_600_000;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface BerlinLocal {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

function parts(instant: number): Record<string, number> {
  const found: Record<string, number> = {};
  for (const part of wallClock.formatToParts(instant)) if (part.type !== 'literal') found[part.type] = Number(part.value);
  return found;
}

/** Minutes that Berlin's clock is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const p = parts(ms);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar day written as YYYY-MM-DD (no 31 April). */
export function isValidDay(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isValidTime(time: string): boolean {
  return TIME.test(time);
}

/**
 * The instant when Berlin's clocks show `date` `time`. Twice a year the clocks jump: a time
 * in the skipped hour of the spring night (02:30) does not exist and is read with the
 * winter offset, which lands one hour later (03:30 summer time); a time in the repeated
 * hour of the autumn night is read as its first occurrence (summer time).
 */
export function berlinToUtc(date: string, time: string): Date {
  if (!isValidDay(date) || !isValidTime(time)) throw new RangeError(`not a Berlin date and time: ${date} ${time}`);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets a few hours either side cover both sides of any transition that night.
  const before = berlinOffsetMinutes(naive - 3 * HOUR_MS);
  const after = berlinOffsetMinutes(naive + 3 * HOUR_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => {
      const local = utcToBerlin(new Date(instant));
      return local.date === date && local.time === time;
    })
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? naive - before * 60_000);
}

/** The Berlin calendar day and clock time of an instant. */
export function utcToBerlin(instant: Date): BerlinLocal {
  const p = parts(instant.getTime());
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** The same Berlin clock time `days` calendar days later: 17:00 stays 17:00 across a clock change. */
export function shiftBerlinDays(instant: Date, days: number): Date {
  const local = utcToBerlin(instant);
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return berlinToUtc(shifted.toISOString().slice(0, 10), local.time);
}
