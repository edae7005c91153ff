import { formatClock, formatDateTime, formatDay } from '../../../../platform/i18n/dates.ts';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { SERIES_PATH } from '../../core/paths.ts';
import type { SessionRow } from '../../core/repository.ts';

/** The crumbs above every page of a series: the events, then the series' list. */
export function seriesCrumbs(ctx: ViewContext): Crumb[] {
  return [
    { href: '/veranstaltungen', label: ctx.t.events.list.title },
    { href: SERIES_PATH, label: ctx.t.seminarsCatalogue.title },
  ];
}

/** "Donnerstag, 30. September 2027, 10:00 bis 16:00 Uhr"; a session over several days with both moments. */
export function sessionTime(ctx: ViewContext, session: Pick<SessionRow, 'startsAt' | 'endsAt'>): string {
  const m = ctx.t.seminarsCatalogue;
  const day = formatDay(ctx.locale, session.startsAt);
  if (day === formatDay(ctx.locale, session.endsAt)) {
    return m.timeRange(day, formatClock(ctx.locale, session.startsAt), formatClock(ctx.locale, session.endsAt));
  }
  return m.span(formatDateTime(ctx.locale, session.startsAt), formatDateTime(ctx.locale, session.endsAt));
}

/** Where a session takes place: online, or its venue and town. */
export function sessionPlace(ctx: ViewContext, session: Pick<SessionRow, 'online' | 'venue' | 'town'>): string {
  if (session.online) return session.venue ? `${ctx.t.seminars.online} – ${session.venue}` : ctx.t.seminars.online;
  return [session.venue, session.town].filter(Boolean).join(', ');
}
