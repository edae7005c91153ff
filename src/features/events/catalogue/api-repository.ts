import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../platform/db/client.ts';
import { eventDates, events } from '../core/tables.ts';

/** The read API's filters on events: a date of the event must match all of them. */
export interface EventApiFilter {
  /** a date starts at or after this moment */
  from?: Date | undefined;
  /** a date starts before this moment */
  before?: Date | undefined;
  fieldOfAction?: string | undefined;
  online?: boolean | undefined;
  town?: string | undefined;
}

function dateMatches(filter: EventApiFilter): SQL {
  const parts: SQL[] = [sql`d.event_id = e.id`];
  if (filter.from) parts.push(sql`d.starts_at >= ${filter.from}`);
  if (filter.before) parts.push(sql`d.starts_at < ${filter.before}`);
  if (filter.online !== undefined) parts.push(sql`d.online = ${filter.online}`);
  if (filter.town) parts.push(sql`lower(d.town) = lower(${filter.town}) and not d.online`);
  return sql.join(parts, sql` and `);
}

function eventMatches(filter: EventApiFilter): SQL {
  const parts: SQL[] = [sql`e.status = 'published'`, sql`exists (select 1 from ${eventDates} d where ${dateMatches(filter)})`];
  if (filter.fieldOfAction) parts.push(sql`${filter.fieldOfAction} = any(e.fields_of_action)`);
  return sql.join(parts, sql` and `);
}

/**
 * Published events with a date that matches, by their first date and then id, so that pages
 * never overlap; past and coming events alike (the API is an archive too).
 */
export async function listPublishedEventIds(
  db: Executor,
  filter: EventApiFilter,
  page: { limit: number; offset: number },
): Promise<{ ids: string[]; total: number }> {
  const where = eventMatches(filter);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select e.id from ${events} e where ${where}
        order by (select min(d.starts_at) from ${eventDates} d where d.event_id = e.id), e.id
        limit ${page.limit} offset ${page.offset}`,
  );
  const count = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${events} e where ${where}`);
  return { ids: rows.map((r) => r.id), total: count[0]?.n ?? 0 };
}
