import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { SeriesRow } from '../core/repository.ts';
import { seminarModules, seminarSeries, seminarSessions } from '../core/tables.ts';

/** A published series as the list and the start page show it. */
export interface ListedSeries {
  series: SeriesRow;
  modules: number;
  /** the start of the next session still to come, if any */
  nextSession: Date | undefined;
}

/** Published series, newest period first, each with its number of modules and its next session. */
export async function listPublishedSeries(db: Executor, now: Date): Promise<ListedSeries[]> {
  const rows = await db
    .select({
      series: seminarSeries,
      modules: sql<number>`(select count(*)::int from ${seminarModules} m where m.series_id = seminar_series.id)`,
      // raw SQL is not mapped by drizzle: the driver may hand back a string
      nextSession: sql<string | Date | null>`(select min(s.starts_at) from ${seminarSessions} s join ${seminarModules} m on m.id = s.module_id
        where m.series_id = seminar_series.id and s.starts_at > ${now.toISOString()}::timestamptz)`,
    })
    .from(seminarSeries)
    .where(eq(seminarSeries.status, 'published'))
    .orderBy(desc(seminarSeries.startYear), desc(seminarSeries.endYear), asc(seminarSeries.title));
  return rows.map((r) => ({ series: r.series, modules: Number(r.modules), nextSession: r.nextSession === null ? undefined : new Date(r.nextSession) }));
}
