import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/client.ts';

/** Counts one hit in a fixed window and returns the hits so far, atomically across processes. */
export async function countHit(db: Executor, key: string, windowSeconds: number): Promise<number> {
  const rows = await queryRows<{ hits: number }>(
    db,
    sql`insert into rate_limits (key, hits, window_ends_at)
        values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
        on conflict (key) do update set
          hits = case when rate_limits.window_ends_at < now() then 1 else rate_limits.hits + 1 end,
          window_ends_at = case when rate_limits.window_ends_at < now()
                                then now() + make_interval(secs => ${windowSeconds})
                                else rate_limits.window_ends_at end
        returning hits`,
  );
  return rows[0]?.hits ?? 0;
}

export async function deleteExpiredRateLimits(db: Executor): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_ends_at < now()`);
}
