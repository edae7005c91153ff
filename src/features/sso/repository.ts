import { and, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { ssoIdentities, ssoLogins, ssoPendingLinks } from './tables.ts';

export type PendingLogin = typeof ssoLogins.$inferSelect;
export type PendingLink = typeof ssoPendingLinks.$inferSelect;
export type Identity = typeof ssoIdentities.$inferSelect;

export async function insertPendingLogin(db: Executor, row: Omit<PendingLogin, 'createdAt'>): Promise<void> {
  await db.insert(ssoLogins).values(row);
}

/** Deletes the pending login and hands it back: whoever comes second with the same key finds nothing. */
export async function takePendingLogin(db: Executor, keyHash: string): Promise<PendingLogin | undefined> {
  const rows = await db.delete(ssoLogins).where(eq(ssoLogins.keyHash, keyHash)).returning();
  return rows[0];
}

export async function findIdentity(db: Executor, issuer: string, subject: string): Promise<Identity | undefined> {
  const rows = await db
    .select()
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
  return rows[0];
}

/** Links an identity; undefined when it is linked already (a double submit, a race). */
export async function insertIdentity(db: Executor, row: { userId: string; issuer: string; subject: string; email: string }): Promise<Identity | undefined> {
  const rows = await db
    .insert(ssoIdentities)
    .values({ ...row, lastLoginAt: new Date() })
    .onConflictDoNothing()
    .returning();
  return rows[0];
}

export async function touchIdentity(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(ssoIdentities).set({ lastLoginAt: now }).where(eq(ssoIdentities.id, id));
}

export async function listIdentitiesOfUser(db: Executor, userId: string): Promise<Identity[]> {
  return db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, userId)).orderBy(ssoIdentities.createdAt);
}

/** Removes one of the person's identities; false when it is not theirs or gone already. */
export async function deleteIdentityOfUser(db: Executor, userId: string, id: string): Promise<Identity | undefined> {
  const rows = await db
    .delete(ssoIdentities)
    .where(and(eq(ssoIdentities.id, id), eq(ssoIdentities.userId, userId)))
    .returning();
  return rows[0];
}

export async function deleteIdentitiesOfUser(db: Executor, userId: string): Promise<void> {
  await db.delete(ssoIdentities).where(eq(ssoIdentities.userId, userId));
}

export async function insertPendingLink(db: Executor, row: Omit<PendingLink, 'createdAt'>): Promise<void> {
  await db.insert(ssoPendingLinks).values(row);
}

export async function findPendingLink(db: Executor, keyHash: string, notBefore: Date): Promise<PendingLink | undefined> {
  const rows = await db.select().from(ssoPendingLinks).where(eq(ssoPendingLinks.keyHash, keyHash));
  const row = rows[0];
  return row && row.createdAt >= notBefore ? row : undefined;
}

export async function takePendingLink(db: Executor, keyHash: string): Promise<PendingLink | undefined> {
  const rows = await db.delete(ssoPendingLinks).where(eq(ssoPendingLinks.keyHash, keyHash)).returning();
  return rows[0];
}

export async function deletePendingLinksOfUser(db: Executor, userId: string): Promise<void> {
  await db.delete(ssoPendingLinks).where(eq(ssoPendingLinks.userId, userId));
}

/** The sweep: what was never answered within its minutes. */
export async function deleteExpiredPending(db: Executor, loginsBefore: Date, linksBefore: Date): Promise<void> {
  await db.delete(ssoLogins).where(lt(ssoLogins.createdAt, loginsBefore));
  await db.delete(ssoPendingLinks).where(lt(ssoPendingLinks.createdAt, linksBefore));
}
