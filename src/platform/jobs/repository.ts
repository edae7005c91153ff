import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { jobs } from '../db/tables.ts';
import { currentRequestId } from '../request-scope.ts';

export interface NewJob {
  kind: string;
  payload: unknown;
  dedupeKey?: string | undefined;
  runAt?: Date | undefined;
  maxAttempts?: number | undefined;
}

function jobValues(job: Omit<NewJob, 'dedupeKey'>, dedupeKey: string | SQL | null) {
  return {
    kind: job.kind,
    payload: job.payload,
    dedupeKey,
    runAt: job.runAt ?? new Date(),
    maxAttempts: job.maxAttempts ?? 12,
    requestId: currentRequestId() ?? null,
  };
}

/** Queues a job; with a dedupe key a second identical job is silently not created. */
export async function insertJob(db: Executor, job: NewJob): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values(jobValues(job, job.dedupeKey ?? null))
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * The INSERT of a job as one part of a caller's own statement (a part of its WITH query), for
 * a change that must queue its job in the very statement that makes it; the dedupe key may be
 * an expression of that statement. A clash of dedupe keys fails the whole statement.
 */
export function jobInsertQuery(db: Executor, job: Omit<NewJob, 'dedupeKey'> & { dedupeKey: SQL }): SQL {
  return db.insert(jobs).values(jobValues(job, job.dedupeKey)).getSQL();
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  /** the request that queued it, if one did */
  requestId: string | null;
}

/**
 * Claims due jobs for this process. SKIP LOCKED lets several app processes share the table
 * without waiting on each other; the lease makes a job of a crashed process due again.
 */
export async function claimDueJobs(db: Executor, limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const rows = await queryRows<{ id: string; kind: string; payload: unknown; attempts: number; max_attempts: number; request_id: string | null }>(
    db,
    sql`update jobs set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
        where id in (
          select id from jobs
          where done_at is null and failed_at is null and run_at <= now()
            and (locked_until is null or locked_until < now())
          order by run_at
          limit ${limit}
          for update skip locked)
        returning id, kind, payload, attempts, max_attempts, request_id`,
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts, requestId: r.request_id }));
}

export async function completeJob(db: Executor, id: string): Promise<void> {
  await db.update(jobs).set({ doneAt: sql`now()`, lockedUntil: null, lastError: null }).where(eq(jobs.id, id));
}

/** Schedules the next try, or gives up for good after the last attempt. */
export async function failJob(db: Executor, job: ClaimedJob, error: string, retryInSeconds: number): Promise<void> {
  const finalAttempt = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      runAt: sql`now() + make_interval(secs => ${retryInSeconds})`,
      failedAt: finalAttempt ? sql`now()` : null,
    })
    .where(and(eq(jobs.id, job.id)));
}

export async function countOpenJobs(db: Executor, kind: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jobs where done_at is null and failed_at is null and kind = ${kind}`);
  // count(*) without group by always answers one row
  return rows[0]!.n;
}

export type JobState = 'scheduled' | 'due' | 'running' | 'retrying' | 'failed';

/**
 * Jobs not yet done, by kind and state, and those given up on for good. Done jobs are kept for
 * their counts and are not counted here: there are ever more of them.
 */
export async function countJobsByState(db: Executor): Promise<{ kind: string; state: JobState; count: number }[]> {
  return queryRows<{ kind: string; state: JobState; count: number }>(
    db,
    sql`select kind, case when locked_until > now() then 'running'
                          when attempts > 0 then 'retrying'
                          when run_at > now() then 'scheduled'
                          else 'due' end as state, count(*)::int as count
        from jobs where done_at is null and failed_at is null group by 1, 2
        union all
        select kind, 'failed', count(*)::int from jobs where failed_at is not null group by 1`,
  );
}

/**
 * A mail job's payload holds the recipient and the whole message, its error text may hold
 * an address. Once a job has been done or given up on for a while, both go; the row stays
 * (kind, attempts, times), so counts of sent and failed mail remain available.
 */
export async function clearFinishedJobsBefore(db: Executor, before: Date): Promise<void> {
  const cutoff = before.toISOString();
  await db.execute(
    sql`update jobs set payload = '{}'::jsonb, last_error = null
        where (done_at < ${cutoff}::timestamptz or failed_at < ${cutoff}::timestamptz)
          and (payload <> '{}'::jsonb or last_error is not null)`,
  );
}
