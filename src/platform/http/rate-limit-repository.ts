import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { LONGEST_RATE_LIMIT_WINDOW_SECONDS } from '../retention/periods.ts';

/**
 * Counts one hit per key in its fixed window and returns the hits so far per key, atomically
 * across processes, in one statement however many limits a request checks. Keys must differ.
 */
export async function countHits(db: Executor, hits: { key: string; windowSeconds: number }[]): Promise<Map<string, number>> {
  if (hits.length === 0) return new Map();
  // The retention overview promises this bound for the counters (see src/platform/retention).
  const tooLong = hits.find((h) => h.windowSeconds > LONGEST_RATE_LIMIT_WINDOW_SECONDS);
  if (tooLong) throw new Error(`rate-limit window of ${tooLong.windowSeconds} s is longer than ${LONGEST_RATE_LIMIT_WINDOW_SECONDS} s`);
  const values = sql.join(
    hits.map(({ key, windowSeconds }) => sql`(${key}, 1, now() + make_interval(secs => ${windowSeconds}))`),
    sql`, `,
  );
  const rows = await queryRows<{ key: string; hits: number }>(
    db,
    sql`insert into rate_limits (key, hits, window_ends_at)
        select key, hits, window_ends_at from (values ${values}) as v(key, hits, window_ends_at)
        on conflict (key) do update set
          hits = case when rate_limits.window_ends_at < now() then 1 else rate_limits.hits + 1 end,
          window_ends_at = case when rate_limits.window_ends_at < now() then excluded.window_ends_at else rate_limits.window_ends_at end
        returning key, hits`,
  );
  return new Map(rows.map((r) => [r.key, r.hits]));
}

/** The hits counted so far in the key's current window, without counting one: 0 when the window is over. */
export async function readHits(db: Executor, key: string): Promise<number> {
  const rows = await queryRows<{ hits: number }>(db, sql`select hits from rate_limits where key = ${key} and window_ends_at >= now()`);
  return rows[0]?.hits ?? 0;
}

export async function deleteExpiredRateLimits(db: Executor): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_ends_at < now()`);
}
