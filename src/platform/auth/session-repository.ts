import { and, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { sessions, users } from '../db/tables.ts';
import type { CurrentUser } from './current-user.ts';
import { SESSION_ABSOLUTE_HOURS } from './session-lifetime.ts';

export async function insertSession(db: Executor, idHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ idHash, userId, expiresAt });
}

export async function findSessionUser(db: Executor, idHash: string, now: Date): Promise<(CurrentUser & { lastSeenAt: Date; createdAt: Date }) | undefined> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      siteRole: users.siteRole,
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
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
  await db.delete(sessions).where(exceptIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash)) : eq(sessions.userId, userId));
}

/** Removes sessions past their idle expiry or past their role's absolute lifetime, used or not. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const lifetimes = sql.join(
    Object.entries(SESSION_ABSOLUTE_HOURS).map(([role, hours]) => sql`when ${role} then ${hours}`),
    sql` `,
  );
  const pastAbsolute = sql`${sessions.userId} in (
    select ${users.id} from ${users}
    where ${sessions.createdAt} + make_interval(hours => (case ${users.siteRole} ${lifetimes} end)::int) < ${now})`;
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), pastAbsolute))
    .returning({ idHash: sessions.idHash });
  return rows.length;
}
