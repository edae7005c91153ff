import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/platform/db/client.ts';
import { sleep } from './load.ts';
import type { SmtpSink } from './smtp-sink.ts';

/**
 * The correctness counters of a rush, read from the database and the SMTP sink after the
 * load: what was stored, what was queued and what arrived, per person.
 */
export interface SeatCounts {
  seats: number;
  /** the date's seat counter (event_dates.confirmed_count) */
  counter: number;
  confirmed: number;
  waiting: number;
  other: number;
  /** addresses with more than one live registration for the date */
  duplicateRegistrations: number;
}

export async function seatCounts(db: Database, dateId: string): Promise<SeatCounts> {
  const [date] = await queryRows<{ seats: number; counter: number }>(db, sql`select seats, confirmed_count as counter from event_dates where id = ${dateId}`);
  const [r] = await queryRows<{ confirmed: number; waiting: number; other: number }>(
    db,
    sql`select count(*) filter (where status = 'confirmed')::int as confirmed,
               count(*) filter (where status = 'waiting')::int as waiting,
               count(*) filter (where status not in ('confirmed', 'waiting'))::int as other
        from event_registrations where date_id = ${dateId}`,
  );
  const [d] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select email from event_registrations where date_id = ${dateId} group by email having count(*) > 1) x`,
  );
  return {
    seats: date?.seats ?? 0,
    counter: date?.counter ?? 0,
    confirmed: r?.confirmed ?? 0,
    waiting: r?.waiting ?? 0,
    other: r?.other ?? 0,
    duplicateRegistrations: d?.n ?? 0,
  };
}

/** addresses of one scenario: `<tag>-<n>@bench.example.org` */
export const addressPattern = (tag: string) => `${tag}-%@bench.example.org`;

export interface MailCounts {
  queued: number;
  done: number;
  open: number;
  failedForGood: number;
  maxAttempts: number;
  /** jobs that needed more than one attempt (failed sends, or leases of a killed process) */
  retried: number;
  /** distinct addresses that have at least one mail */
  recipients: number;
  /** addresses with more than one mail queued */
  recipientsWithSeveral: number;
}

export async function mailCounts(db: Database, tag: string): Promise<MailCounts> {
  const [m] = await queryRows<MailCounts & Record<string, unknown>>(
    db,
    sql`select count(*)::int as queued,
               count(*) filter (where done_at is not null)::int as done,
               count(*) filter (where done_at is null and failed_at is null)::int as open,
               count(*) filter (where failed_at is not null)::int as "failedForGood",
               coalesce(max(attempts), 0)::int as "maxAttempts",
               count(*) filter (where attempts > 1)::int as retried,
               count(distinct payload->>'to')::int as recipients
        from jobs where kind = 'mail.send' and payload->>'to' like ${addressPattern(tag)}`,
  );
  const [s] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select payload->>'to' from jobs where kind = 'mail.send' and payload->>'to' like ${addressPattern(tag)}
        group by payload->>'to' having count(*) > 1) x`,
  );
  return { ...(m as MailCounts), recipientsWithSeveral: s?.n ?? 0 };
}

/** receipts still to be written: the events feature renders them in a job of its own, which then queues the mail */
async function openReceiptJobs(db: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from jobs where kind = 'events.receipt' and done_at is null and failed_at is null`,
  );
  return row?.n ?? 0;
}

/** waits until the worker has sent (or given up on) every mail of the scenario */
export async function waitForMails(db: Database, tag: string, timeoutMs: number): Promise<{ waitedMs: number; open: number }> {
  const started = performance.now();
  for (;;) {
    const open = (await openReceiptJobs(db)) + (await mailCounts(db, tag)).open;
    if (open === 0 || performance.now() - started > timeoutMs) return { waitedMs: Math.round(performance.now() - started), open };
    await sleep(250);
  }
}

export interface DeliveryCounts {
  /** distinct messages of the scenario that arrived */
  delivered: number;
  /** messages that arrived more than once */
  deliveredMoreThanOnce: number;
  /** queued messages that never arrived */
  missing: number;
}

/** compares the queued messages (by their stable Message-ID) with what the sink received */
export async function deliveryCounts(db: Database, sink: SmtpSink, tag: string): Promise<DeliveryCounts> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select payload->>'messageId' as id from jobs where kind = 'mail.send' and payload->>'to' like ${addressPattern(tag)}`,
  );
  let delivered = 0;
  let twice = 0;
  let missing = 0;
  for (const { id } of rows) {
    const n = sink.byMessageId.get(id) ?? 0;
    if (n === 0) missing++;
    else delivered++;
    if (n > 1) twice++;
  }
  return { delivered, deliveredMoreThanOnce: twice, missing };
}

export async function databaseNow(db: Database): Promise<number> {
  const [row] = await queryRows<{ ms: number }>(db, sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms`);
  return row!.ms;
}

/** seconds after `startMs` at which each registration of the date was stored, with its status */
export async function registrationTimeline(db: Database, dateId: string, startMs: number): Promise<{ s: number; status: string }[]> {
  const rows = await queryRows<{ ms: number; status: string }>(
    db,
    sql`select (extract(epoch from created_at) * 1000)::float8 as ms, status from event_registrations where date_id = ${dateId} order by created_at`,
  );
  return rows.map((r) => ({ s: Math.max(0, (r.ms - startMs) / 1000), status: r.status }));
}
