import { and, asc, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../../platform/db/tables.ts';
import { newsletterSubscribers, type SubscriberStatus } from './tables.ts';

export type SubscriberRow = typeof newsletterSubscribers.$inferSelect;

export async function findSubscriberById(db: Executor, id: string): Promise<SubscriberRow | undefined> {
  return (await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.id, id)))[0];
}

export async function findSubscriberByEmail(db: Executor, email: string): Promise<SubscriberRow | undefined> {
  return (await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email)))[0];
}

export async function findSubscriberByConfirmHash(db: Executor, hash: string): Promise<SubscriberRow | undefined> {
  return (await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.confirmTokenHash, hash)))[0];
}

/**
 * The row of an address, created as a pending request if there is none, and locked until the
 * transaction ends: two requests for one address at once then decide one after the other
 * whether a confirmation mail is due, and only one sends it.
 */
export async function lockOrCreateSubscriber(
  tx: Executor,
  values: { email: string; locale: 'de' | 'en'; userId: string | null; now: Date },
): Promise<SubscriberRow> {
  await tx
    .insert(newsletterSubscribers)
    .values({ email: values.email, locale: values.locale, userId: values.userId, status: 'pending', requestedAt: values.now })
    .onConflictDoNothing({ target: newsletterSubscribers.email });
  const rows = await tx.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, values.email)).for('update');
  // inserted or already there a moment ago, and nothing deletes it inside this transaction
  return rows[0]!;
}

export async function lockSubscriber(tx: Executor, id: string): Promise<SubscriberRow | undefined> {
  return (await tx.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.id, id)).for('update'))[0];
}

export async function updateSubscriber(tx: Executor, id: string, patch: Partial<Omit<SubscriberRow, 'id' | 'email'>>): Promise<void> {
  await tx.update(newsletterSubscribers).set(patch).where(eq(newsletterSubscribers.id, id));
}

export async function countSubscribersByStatus(db: Executor): Promise<Record<SubscriberStatus, number>> {
  const rows = await db
    .select({ status: newsletterSubscribers.status, n: sql<number>`count(*)::int` })
    .from(newsletterSubscribers)
    .groupBy(newsletterSubscribers.status);
  const counts: Record<SubscriberStatus, number> = { pending: 0, active: 0, unsubscribed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export async function listActiveSubscribers(db: Executor): Promise<Pick<SubscriberRow, 'email' | 'locale' | 'confirmedAt'>[]> {
  return db
    .select({ email: newsletterSubscribers.email, locale: newsletterSubscribers.locale, confirmedAt: newsletterSubscribers.confirmedAt })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.status, 'active'))
    .orderBy(asc(newsletterSubscribers.email));
}

/** The account's address, for the subscription a member made before linking it or without being signed in. */
export async function findAccountEmail(db: Executor, userId: string): Promise<string | undefined> {
  return (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]?.email;
}

function ofAccount(userId: string, email: string | undefined) {
  return email === undefined ? eq(newsletterSubscribers.userId, userId) : or(eq(newsletterSubscribers.userId, userId), eq(newsletterSubscribers.email, email));
}

export async function listSubscriptionsOfAccount(db: Executor, userId: string, email: string | undefined): Promise<SubscriberRow[]> {
  return db.select().from(newsletterSubscribers).where(ofAccount(userId, email));
}

/** Deliveries go with it (on delete cascade). */
export async function deleteSubscriptionsOfAccount(tx: Executor, userId: string, email: string | undefined): Promise<void> {
  await tx.delete(newsletterSubscribers).where(ofAccount(userId, email));
}

/** Requests never confirmed, and subscriptions cancelled, before the given times. */
export async function deleteLapsedSubscriptions(tx: Executor, cutoffs: { pendingBefore: Date; unsubscribedBefore: Date }): Promise<number> {
  const rows = await tx
    .delete(newsletterSubscribers)
    .where(
      or(
        // a request repeated late keeps its row as long as the link of its last mail works
        and(
          eq(newsletterSubscribers.status, 'pending'),
          lt(sql`greatest(${newsletterSubscribers.requestedAt}, ${newsletterSubscribers.confirmationSentAt})`, cutoffs.pendingBefore),
        ),
        and(
          eq(newsletterSubscribers.status, 'unsubscribed'),
          isNotNull(newsletterSubscribers.unsubscribedAt),
          lt(newsletterSubscribers.unsubscribedAt, cutoffs.unsubscribedBefore),
        ),
      ),
    )
    .returning({ id: newsletterSubscribers.id });
  return rows.length;
}

/** Demo content: an active subscription of an address, unless the address has one already. */
export async function insertDemoSubscriber(db: Executor, values: { email: string; locale: 'de' | 'en'; confirmedAt: Date }): Promise<string> {
  await db
    .insert(newsletterSubscribers)
    .values({ email: values.email, locale: values.locale, status: 'active', requestedAt: values.confirmedAt, confirmedAt: values.confirmedAt })
    .onConflictDoNothing({ target: newsletterSubscribers.email });
  // there now, inserted or kept
  return (await findSubscriberByEmail(db, values.email))!.id;
}
