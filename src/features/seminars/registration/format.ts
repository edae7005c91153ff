import { formatClock, formatDate, formatDay } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import type { ModuleRow, SeriesRow, SessionRow } from '../core/repository.ts';

/** "Donnerstag, 30. September 2027, 10:00–16:00, Mayen" or over several days "30. September 2027 – 1. Oktober 2027". */
export function sessionText(t: Messages, locale: Locale, session: SessionRow): string {
  const start = utcToBerlin(session.startsAt);
  const end = utcToBerlin(session.endsAt);
  const sameDay = start.date === end.date;
  const when = sameDay
    ? `${formatDay(locale, session.startsAt)}, ${formatClock(locale, session.startsAt)}–${formatClock(locale, session.endsAt)}`
    : `${formatDate(locale, session.startsAt)} – ${formatDate(locale, session.endsAt)}`;
  const where = session.online ? t.seminars.online : session.town;
  return where ? `${when}, ${where}` : when;
}

/** "Modul 2: Vision und Ziele", numbered by the module's place in the series (positions may have gaps). */
export function moduleName(t: Messages, modules: ModuleRow[], module: ModuleRow): string {
  return `${t.seminars.moduleNumber(modules.findIndex((m) => m.id === module.id) + 1)}: ${module.title}`;
}

/** What a registration is for, in a sentence: the series, or the series and one module. */
export function scopeName(t: Messages, series: SeriesRow, modules: ModuleRow[], module: ModuleRow | undefined): string {
  return module ? `${series.title} – ${moduleName(t, modules, module)}` : series.title;
}
