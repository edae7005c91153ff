import { and, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/client.ts';
import { newsletterDeliveries, newsletters, newsletterSubscribers } from './tables.ts';

export type NewsletterRow = typeof newsletters.$inferSelect;

export interface NewsletterListRow extends NewsletterRow {
  /** deliveries handed to the mail queue */
  sent: number;
}

export async function listNewsletters(db: Executor): Promise<NewsletterListRow[]> {
  // Spelled out: drizzle renders a column of the outer table unqualified inside `sql`, where it
  // would name the delivery's own id and count nothing.
  const sent = sql<number>`(select count(*)::int from newsletter_deliveries d where d.newsletter_id = "newsletters"."id" and d.sent_at is not null)`;
  return db
    .select({ ...getTableColumns(newsletters), sent })
    .from(newsletters)
    .orderBy(desc(newsletters.createdAt));
}

export async function findNewsletter(db: Executor, id: string): Promise<NewsletterRow | undefined> {
  return (await db.select().from(newsletters).where(eq(newsletters.id, id)))[0];
}

export async function lockNewsletter(tx: Executor, id: string): Promise<NewsletterRow | undefined> {
  return (await tx.select().from(newsletters).where(eq(newsletters.id, id)).for('update'))[0];
}

export async function insertNewsletter(tx: Executor, values: { subject: string; body: string; createdBy: string; now: Date }): Promise<NewsletterRow> {
  const rows = await tx
    .insert(newsletters)
    .values({ subject: values.subject, body: values.body, createdBy: values.createdBy, createdAt: values.now, updatedAt: values.now })
    .returning();
  return rows[0]!;
}

/** Only a draft changes; the answer says whether one did. */
export async function updateDraft(tx: Executor, id: string, values: { subject: string; body: string; now: Date }): Promise<boolean> {
  const rows = await tx
    .update(newsletters)
    .set({ subject: values.subject, body: values.body, updatedAt: values.now })
    .where(and(eq(newsletters.id, id), eq(newsletters.status, 'draft')))
    .returning({ id: newsletters.id });
  return rows.length > 0;
}

/** One delivery per active subscriber, all at once; a second call adds none. */
export async function queueDeliveries(tx: Executor, newsletterId: string, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`insert into newsletter_deliveries (newsletter_id, subscriber_id, queued_at)
        select ${newsletterId}, id, ${now.toISOString()}::timestamptz from newsletter_subscribers where status = 'active'
        on conflict (newsletter_id, subscriber_id) do nothing
        returning id`,
  );
  return rows.length;
}

export async function markSending(tx: Executor, id: string, values: { recipientCount: number; now: Date }): Promise<void> {
  await tx
    .update(newsletters)
    .set({ status: 'sending', sendStartedAt: values.now, updatedAt: values.now, recipientCount: values.recipientCount })
    .where(eq(newsletters.id, id));
}

/**
 * Locks every newsletter being sent until the transaction ends. Pacing runs under this lock,
 * so that two app processes count and claim one after the other and never exceed the rate.
 */
export async function lockSendingNewsletters(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: newsletters.id })
    .from(newsletters)
    .where(eq(newsletters.status, 'sending'))
    .orderBy(newsletters.sendStartedAt)
    .for('update');
  return rows.map((r) => r.id);
}

export async function countSentSince(tx: Executor, since: Date): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from newsletter_deliveries where sent_at > ${since.toISOString()}::timestamptz`,
  );
  return rows[0]!.n;
}

/** Deliveries whose subscriber unsubscribed (or was removed) before their turn: they are not sent. */
export async function dropDeliveriesOfInactive(tx: Executor): Promise<void> {
  await tx.execute(
    sql`delete from newsletter_deliveries d using newsletter_subscribers s
        where d.subscriber_id = s.id and d.sent_at is null and s.status <> 'active'`,
  );
}

export interface DueDelivery {
  id: string;
  newsletterId: string;
  subscriberId: string;
  email: string;
  locale: 'de' | 'en';
}

/** The oldest unsent deliveries of newsletters being sent, locked; another process skips them. */
export async function claimDueDeliveries(tx: Executor, limit: number): Promise<DueDelivery[]> {
  if (limit <= 0) return [];
  const rows = await queryRows<{ id: string; newsletter_id: string; subscriber_id: string; email: string; locale: 'de' | 'en' }>(
    tx,
    sql`select d.id, d.newsletter_id, d.subscriber_id, s.email, s.locale
        from newsletter_deliveries d
        join newsletter_subscribers s on s.id = d.subscriber_id
        join newsletters n on n.id = d.newsletter_id
        where d.sent_at is null and n.status = 'sending' and s.status = 'active'
        order by n.send_started_at, d.queued_at, d.id
        limit ${limit}
        for update of d skip locked`,
  );
  return rows.map((r) => ({ id: r.id, newsletterId: r.newsletter_id, subscriberId: r.subscriber_id, email: r.email, locale: r.locale }));
}

export async function markDeliverySent(tx: Executor, id: string, now: Date): Promise<void> {
  await tx
    .update(newsletterDeliveries)
    .set({ sentAt: now })
    .where(and(eq(newsletterDeliveries.id, id), isNull(newsletterDeliveries.sentAt)));
}

/** Newsletters being sent with no delivery left become sent. */
export async function finishSentNewsletters(tx: Executor, now: Date): Promise<void> {
  await tx.execute(
    sql`update newsletters n set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
        where n.status = 'sending'
          and not exists (select 1 from newsletter_deliveries d where d.newsletter_id = n.id and d.sent_at is null)`,
  );
}

/** Mails of newsletters being sent that wait for their turn. */
export async function countUnsentDeliveries(db: Executor): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from newsletter_deliveries d join newsletters n on n.id = d.newsletter_id
        where d.sent_at is null and n.status = 'sending'`,
  );
  return rows[0]!.n;
}

export interface DeliveryProgress {
  sent: number;
  /** rows still there, sent or not; those missing of recipientCount were skipped */
  queued: number;
}

export async function deliveryProgress(db: Executor, newsletterId: string): Promise<DeliveryProgress> {
  const rows = await queryRows<{ sent: number; queued: number }>(
    db,
    sql`select count(sent_at)::int as sent, count(*)::int as queued from newsletter_deliveries where newsletter_id = ${newsletterId}`,
  );
  return rows[0]!;
}

export async function countActiveSubscribers(db: Executor): Promise<number> {
  return (await db.select({ n: sql<number>`count(*)::int` }).from(newsletterSubscribers).where(eq(newsletterSubscribers.status, 'active')))[0]!.n;
}

export async function listDeliveriesOfSubscribers(db: Executor, subscriberIds: string[]) {
  if (subscriberIds.length === 0) return [];
  return queryRows<{ subscriber_id: string; subject: string; sent_at: Date | null }>(
    db,
    sql`select d.subscriber_id, n.subject, d.sent_at from newsletter_deliveries d join newsletters n on n.id = d.newsletter_id
        where d.subscriber_id in (${sql.join(
          subscriberIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) order by d.queued_at`,
  );
}

/** Demo content: a newsletter with a fixed id, left as it is once there. */
export async function insertDemoNewsletter(db: Executor, values: typeof newsletters.$inferInsert & { id: string }): Promise<boolean> {
  const rows = await db.insert(newsletters).values(values).onConflictDoNothing({ target: newsletters.id }).returning({ id: newsletters.id });
  return rows.length > 0;
}

export async function insertDemoDeliveries(db: Executor, newsletterId: string, subscriberIds: string[], sentAt: Date): Promise<void> {
  if (subscriberIds.length === 0) return;
  await db
    .insert(newsletterDeliveries)
    .values(subscriberIds.map((subscriberId) => ({ newsletterId, subscriberId, queuedAt: sentAt, sentAt })))
    .onConflictDoNothing();
}
