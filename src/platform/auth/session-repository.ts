import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { sessions, users } from '../db/tables.ts';
import type { CurrentUser } from './current-user.ts';

export async function insertSession(db: Executor, idHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ idHash, userId, expiresAt });
}

export async function findSessionUser(db: Executor, idHash: string, now: Date): Promise<(CurrentUser & { lastSeenAt: Date }) | undefined> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      siteRole: users.siteRole,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), isNull(users.deletedAt), isNull(users.disabledAt)));
  const row = rows[0];
  return row ? { ...row, sessionIdHash: idHash } : undefined;
}

export async function touchSession(db: Executor, idHash: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a person, optionally except the one in use. */
export async function deleteUserSessions(db: Executor, userId: string, exceptIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ idHash: sessions.idHash });
  return rows.length;
}
