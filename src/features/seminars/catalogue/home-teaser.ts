import type { HomeTeaserProvider } from '../../../platform/deps.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { SERIES_PATH, seriesPath } from '../core/paths.ts';
import { getSeriesList } from './service.ts';

const SHOWN = 3;

/** The published series whose next session is still to come, soonest first, on the start page. */
export const nextSeriesTeaser: HomeTeaserProvider = async (deps, locale, t, now) => {
  const coming = (await getSeriesList(deps.db, now))
    .flatMap((entry) => (entry.nextSession ? [{ ...entry, nextSession: entry.nextSession }] : []))
    .sort((a, b) => a.nextSession.getTime() - b.nextSession.getTime())
    .slice(0, SHOWN);
  if (coming.length === 0) return undefined;
  return {
    title: t.seminarsCatalogue.home.title,
    items: coming.map(({ series, nextSession }) => ({
      href: seriesPath(series.slug),
      title: series.title,
      meta: `${t.seminars.period(series.startYear, series.endYear)} · ${t.seminarsCatalogue.nextSession(formatDate(locale, nextSession))}`,
    })),
    more: { href: SERIES_PATH, label: t.seminarsCatalogue.home.more },
  };
};
